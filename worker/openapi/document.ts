import type { RouterRoute } from 'hono/types'
import type { z } from 'zod'
import { ROLES } from '../db/schema'
import { MAX_PAGE, idValues } from '../lib/list-query'
import {
  type DocumentedRoute,
  type JsonSchema,
  type ListParam,
  type RouteDoc,
  documentedRoutes,
} from '../lib/openapi'
import { SESSION_COOKIE } from '../lib/session'
import { isOptional, isZod, toJsonSchema } from './json-schema'

/** The version of the API contract (DESIGN §3); raise it when the contract changes. */
export const API_VERSION = '1.0.0'

const ERROR_RESPONSES = {
  400: ['BadRequest', 'Bad input; `errors` says what is wrong with which field.'],
  401: ['Unauthorized', 'Not logged in, or the session has ended.'],
  403: ['Forbidden', 'This role may never do this, or the request came from another site.'],
  404: ['NotFound', 'Not found, or outside the caller’s networks.'],
  409: ['Conflict', 'Conflicts with the stored state (a rule, a transition, a newer version).'],
  413: ['TooLarge', 'The body is too large.'],
  429: ['TooManyRequests', 'Too many requests; try again later.'],
} as const

type ErrorStatus = keyof typeof ERROR_RESPONSES

const ERROR_SCHEMA: JsonSchema = {
  type: 'object',
  required: ['message'],
  properties: {
    message: {
      type: 'string',
      description: 'In Dutch, or in English when the request says `Accept-Language: en`.',
    },
    errors: {
      type: 'object',
      description: 'Only for field problems: field name (a dot path when nested) → message.',
      additionalProperties: { type: 'string' },
    },
  },
}

const SUCCESS = { 200: 'OK', 201: 'Created', 204: 'No content' } as const

/** The document's shared schemas (`#/components/schemas`), filled as operations name them. */
type Shared = Record<string, JsonSchema>

const DESCRIPTION = `The JSON API of Buurtkracht: the grant cycle of neighbourhood networks.

- Staff log in with \`POST /api/auth/login\`, which sets the HttpOnly session cookie \`${SESSION_COOKIE}\`. Writes must come from this site (\`Origin\` or \`Sec-Fetch-Site\`); JSON bodies need \`Content-Type: application/json\`.
- Admin resources follow ra-data-simple-rest: lists take \`sort\`, \`range\` and \`filter\` as JSON in the query and answer \`Content-Range\`.
- \`x-roles\` names the roles that may call an operation; a record outside the caller's networks answers 404.
- Errors are \`{ message, errors }\`, in Dutch or, with \`Accept-Language: en\`, English. Money is in integer cents, dates are ISO \`YYYY-MM-DD\`.
- \`/api/public/…\` needs no login: an applicant's private link carries its token.`

function operationId(method: string, path: string): string {
  const words = path
    .replace(/^\/api\//, '')
    .split(/[/.\-_]/)
    .filter(Boolean)
    .map((word) =>
      word.startsWith('{')
        ? `By${word[1].toUpperCase()}${word.slice(2, -1)}`
        : `${word[0].toUpperCase()}${word.slice(1)}`,
    )
  return `${method.toLowerCase()}${words.join('')}`
}

const tagsOf = (route: DocumentedRoute) =>
  route.doc.tags ?? [route.path.replace(/^\/api\//, '').split('/')[0]]

/** The path parameters the routes use: record ids, and the private link's secret. */
const PATH_PARAMETERS: Record<string, JsonSchema> = {
  id: { type: 'integer', minimum: 1 },
  token: { type: 'string', description: 'The secret of the applicant’s private link.' },
}

function pathParameters(route: DocumentedRoute) {
  return [...route.path.matchAll(/\{(\w+)\}/g)].map(([, name]) => ({
    name,
    in: 'path',
    required: true,
    schema: PATH_PARAMETERS[name] ?? { type: 'string' },
  }))
}

function queryParameters({ query = {} }: RouteDoc, shared: Shared) {
  const shape: Record<string, z.ZodType> = isZod(query) ? query.shape : query
  return Object.entries(shape).map(([name, schema]) => ({
    name,
    in: 'query',
    required: !isOptional(schema),
    schema: toJsonSchema(schema, shared),
  }))
}

/** A query parameter whose value is JSON, as ra-data-simple-rest sends it. */
const jsonParameter = (name: ListParam, description: string, schema: JsonSchema) => ({
  name,
  in: 'query',
  required: false,
  description,
  content: { 'application/json': { schema } },
})

/** A row's place in a list's order, as `after` and `before` take it. */
const position: JsonSchema = {
  type: 'array',
  prefixItems: [{ type: ['string', 'number'] }, { type: 'integer', minimum: 1 }],
  minItems: 2,
  maxItems: 2,
}

function listParameters({ list }: RouteDoc, shared: Shared) {
  if (!list) return []
  const { spec, params = ['sort', 'range', 'filter'] } = list
  const sortFields = Object.keys(spec.sort)
  const [field, order] = spec.defaultSort
  const filters: Record<string, JsonSchema> = { id: toJsonSchema(idValues, shared) }
  if (spec.search.length > 0) {
    filters.q = { type: 'string', description: 'Searches the text fields.' }
  }
  for (const [name, filter] of Object.entries(spec.filters)) {
    filters[name] = filter.schema ? toJsonSchema(filter.schema, shared) : {}
  }
  const all = {
    sort: jsonParameter(
      'sort',
      `[field, order]; fields: ${sortFields.join(', ')}. Default ["${field}","${order}"]. Any other field answers 400.`,
      {
        type: 'array',
        prefixItems: [
          { type: 'string', enum: sortFields },
          { type: 'string', enum: ['ASC', 'DESC'] },
        ],
        minItems: 2,
        maxItems: 2,
      },
    ),
    range: jsonParameter(
      'range',
      `[first, last], both inclusive, at most ${MAX_PAGE} rows. Default [0,24].`,
      {
        type: 'array',
        prefixItems: [
          { type: 'integer', minimum: 0 },
          { type: 'integer', minimum: 0 },
        ],
        minItems: 2,
        maxItems: 2,
      },
    ),
    filter: jsonParameter(
      'filter',
      `Field → value (or list of values); fields: ${Object.keys(filters).join(', ')}. Any other field answers 400.`,
      { type: 'object', properties: filters, additionalProperties: false },
    ),
    after: jsonParameter(
      'after',
      'The page holds the rows right after this one in the sort: [sortValue, id], as `X-Page-Last` of the page before gives it. `range` then only labels the page. Cheaper than an offset, which is read through.',
      position,
    ),
    before: jsonParameter(
      'before',
      'The page holds the rows right before this one in the sort: [sortValue, id], as `X-Page-First` of the page after gives it.',
      position,
    ),
  }
  return params.map((name) => all[name])
}

function requestBody(doc: RouteDoc, shared: Shared) {
  if (doc.body) {
    return {
      required: true,
      content: { 'application/json': { schema: toJsonSchema(doc.body, shared) } },
    }
  }
  if (doc.upload) {
    return {
      required: true,
      content: { 'multipart/form-data': { schema: toJsonSchema(doc.upload, shared) } },
    }
  }
  return undefined
}

function errorStatuses(route: DocumentedRoute): ErrorStatus[] {
  const { doc, roles, method } = route
  const statuses = new Set<ErrorStatus>(doc.errors)
  if (doc.body || doc.upload || doc.query || doc.list) statuses.add(400)
  if (doc.body || doc.upload) statuses.add(413)
  if (roles !== 'public') statuses.add(401)
  // Writes from another site are refused, whoever sends them.
  if (method !== 'GET' || (roles !== 'public' && roles.length < ROLES.length)) statuses.add(403)
  if (route.path.includes('{')) statuses.add(404)
  return [...statuses].sort((a, b) => a - b)
}

function success(doc: RouteDoc, shared: Shared) {
  const status = doc.status ?? 200
  const description = SUCCESS[status]
  if (status === 204) return { [status]: { description } }
  const headers: Record<string, unknown> = {}
  if (doc.list && (doc.list.params ?? ['range']).includes('range')) {
    headers['Content-Range'] = { $ref: '#/components/headers/ContentRange' }
  }
  if (doc.list?.params?.includes('after')) {
    headers['X-Total-Exact'] = { $ref: '#/components/headers/TotalExact' }
    headers['X-Page-First'] = { $ref: '#/components/headers/PageEnd' }
    headers['X-Page-Last'] = { $ref: '#/components/headers/PageEnd' }
  }
  if (doc.download) headers['Content-Disposition'] = { $ref: '#/components/headers/Download' }
  const content = doc.html
    ? { 'text/html': { schema: { type: 'string' } } }
    : doc.download
      ? { [doc.download]: { schema: { type: 'string' } } }
      : { 'application/json': { schema: doc.returns ? toJsonSchema(doc.returns, shared) : {} } }
  return { [status]: { description, headers, content } }
}

function operation(route: DocumentedRoute, shared: Shared) {
  const { doc, roles } = route
  const who = roles === 'public' ? 'Public: no login needed.' : `Roles: ${roles.join(', ')}.`
  const parameters = [
    ...pathParameters(route),
    ...queryParameters(doc, shared),
    ...listParameters(doc, shared),
  ]
  const errors = errorStatuses(route).map((status) => [
    status,
    { $ref: `#/components/responses/${ERROR_RESPONSES[status][0]}` },
  ])
  return {
    operationId: operationId(route.method, route.path),
    summary: doc.summary,
    description: [who, doc.description].filter(Boolean).join(' '),
    tags: tagsOf(route),
    ...(roles === 'public' ? { security: [] } : { 'x-roles': roles }),
    ...(parameters.length > 0 && { parameters }),
    requestBody: requestBody(doc, shared),
    responses: { ...success(doc, shared), ...Object.fromEntries(errors) },
  }
}

function components(schemas: Shared) {
  const responses = Object.fromEntries(
    Object.values(ERROR_RESPONSES).map(([name, description]) => [
      name,
      {
        description,
        content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } },
      },
    ]),
  )
  return {
    schemas,
    responses,
    headers: {
      ContentRange: {
        description: 'The rows of this page and the total: `users 0-24/120`, or `users */0`.',
        schema: { type: 'string' },
      },
      TotalExact: {
        description:
          '`false` when the total in `Content-Range` is only a lower bound: a large list counts at most a page past this one, and exactly once its end is that near.',
        schema: { type: 'string', enum: ['true', 'false'] },
      },
      PageEnd: {
        description:
          'The first (or last) row of the page as [sortValue, id], URL-encoded JSON: send it back as `before` (or `after`) for the page before (or after).',
        schema: { type: 'string' },
      },
      Download: {
        description: 'attachment; filename="…"',
        schema: { type: 'string' },
      },
    },
    securitySchemes: {
      session: {
        type: 'apiKey',
        in: 'cookie',
        name: SESSION_COOKIE,
        description: 'Set (HttpOnly) by POST /api/auth/login; ended by POST /api/auth/logout.',
      },
    },
  }
}

/** The OpenAPI 3.1 description of the app's `/api` routes, as mounted. */
export type OpenApiDocument = ReturnType<typeof build>

function build(app: { routes: readonly RouterRoute[] }) {
  const { routes } = documentedRoutes(app)
  const schemas: Shared = { Error: ERROR_SCHEMA }
  for (const { doc } of routes) {
    for (const [name, schema] of Object.entries(doc.components ?? {})) schemas[name] ??= schema()
  }
  const paths: Record<string, Record<string, ReturnType<typeof operation>>> = {}
  for (const route of routes) {
    paths[route.path] ??= {}
    paths[route.path][route.method.toLowerCase()] = operation(route, schemas)
  }
  const tags = [...new Set(routes.flatMap(tagsOf))].map((name) => ({ name }))
  return {
    openapi: '3.1.1',
    info: { title: 'Buurtkracht API', version: API_VERSION, description: DESCRIPTION },
    tags,
    security: [{ session: [] }],
    paths,
    components: components(schemas),
  }
}

// The routes are fixed once the app is built, so one description per app serves every request.
const built = new WeakMap<object, OpenApiDocument>()

/** The description of an app's `/api` routes, built once per app. */
export function openApiDocument(app: { routes: readonly RouterRoute[] }): OpenApiDocument {
  let document = built.get(app)
  if (!document) {
    document = build(app)
    built.set(app, document)
  }
  return document
}
