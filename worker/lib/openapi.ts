import { Column, type SQL } from 'drizzle-orm'
import type { SQLiteColumn } from 'drizzle-orm/sqlite-core'
import type { MiddlewareHandler } from 'hono'
import type { RouterRoute } from 'hono/types'
import type { z } from 'zod'
import { ROLES } from '../db/schema'
import { type Role, rolesAllowedBy } from './access'
import type { SessionUser } from './context'
import type { ListSpec } from './list-query'
import type { ResourceConfig } from './resource'
import { requireUser } from './session'

/** A JSON Schema (draft 2020-12, as OpenAPI 3.1 takes it). */
export type JsonSchema = { [keyword: string]: unknown }

/**
 * A schema in a route's description: the zod schema the route validates with, or JSON Schema
 * (which may hold zod schemas inside) for answers that no zod schema describes.
 */
export type Schema = z.ZodType | JsonSchema

/**
 * The ra-data-simple-rest list parameters, and the keyset positions a resource's list also takes
 * (`after`, `before`), each a JSON-encoded string in the query.
 */
export type ListParam = 'sort' | 'range' | 'filter' | 'after' | 'before'

/** Error statuses a route's shape does not imply, so its description names them. */
export type ExtraError = 401 | 404 | 409 | 429

/**
 * How one route appears in `/api/openapi.json` and on `/api/docs`. Method and path come from the
 * route itself; everything given as a zod schema is the one the handler validates with.
 */
export interface RouteDoc {
  /** One line, in English. */
  summary: string
  description?: string
  /** Groups on the docs page; the path's first segment after `/api/` when absent. */
  tags?: readonly string[]
  /** Who may call it; taken from the route's `requireRole` when absent. */
  roles?: readonly Role[]
  /** Query parameters: the object schema the route validates the query with, or one per name. */
  query?: z.ZodObject | Record<string, z.ZodType>
  /** A list query (`sort`, `range`, `filter`) against this spec; `range` adds `Content-Range`. */
  list?: { spec: Omit<ListSpec, 'id'>; params?: readonly ListParam[] }
  /** The JSON body. */
  body?: z.ZodType
  /** A multipart/form-data body. */
  upload?: z.ZodType
  /** 200 when absent. */
  status?: 200 | 201 | 204
  /** The JSON answer. */
  returns?: Schema
  /** The answer is a file download of this content type. */
  download?: string
  /** The answer is an HTML page. */
  html?: true
  errors?: readonly ExtraError[]
  /** Shared schemas the answer refers to as `#/components/schemas/<name>`. */
  components?: Record<string, () => JsonSchema>
}

/** A route that exists only to refuse everyone (403): it is left out of the description. */
export interface RefusedRoute {
  refused: string
}

/** Every staff role: for routes any logged-in user may call. */
export const ANY_ROLE: readonly Role[] = ROLES

const docs = new WeakMap<object, RouteDoc | RefusedRoute>()

/**
 * Describes the route it is the first handler of, for `/api/openapi.json`. Every `/api` route
 * starts with one (test/worker/openapi.test.ts fails otherwise):
 * `app.post('/:id/settle', describeRoute({ summary: 'Settle a report' }), requireRole(…), …)`.
 */
export function describeRoute(doc: RouteDoc | RefusedRoute): MiddlewareHandler {
  const handler: MiddlewareHandler = async function describedRoute(_c, next) {
    await next()
  }
  docs.set(handler, doc)
  return handler
}

/** The description a handler made by `describeRoute` carries. */
export function docOf(handler: object): RouteDoc | RefusedRoute | undefined {
  return docs.get(handler)
}

/** `/api/payouts/:id` → `/api/payouts/{id}`. */
export function openApiPath(honoPath: string): string {
  return honoPath.replace(/:(\w+)(\{[^}]*\})?/g, '{$1}')
}

/** A described `/api` route, with who may call it as the app enforces it. */
export interface DocumentedRoute {
  method: string
  /** In OpenAPI form: `{id}` for Hono's `:id`. */
  path: string
  doc: RouteDoc
  /** 'public' when no session is needed. */
  roles: readonly Role[] | 'public'
}

/**
 * The described routes of an app in the order they were added. A method and path belongs to its
 * first handler (that is the one that answers); a session is needed when `requireUser` runs
 * before it, and the roles are those of its `requireRole`. What keeps a route from being
 * described right (no description, roles missing or differing from those enforced) is listed in
 * `problems`, which test/worker/openapi.test.ts requires to be empty; the description itself
 * leaves such a route out rather than fail.
 */
export function documentedRoutes(app: { routes: readonly RouterRoute[] }) {
  const routes = app.routes
  const sessionPrefixes: string[] = []
  const seen = new Set<string>()
  const found: DocumentedRoute[] = []
  const problems: string[] = []
  routes.forEach(({ method, path, handler }, i) => {
    if (method === 'ALL') {
      if (handler === requireUser) sessionPrefixes.push(path.replace(/\*$/, ''))
      return
    }
    const key = `${method} ${path}`
    if (!path.startsWith('/api/') || seen.has(key)) return
    seen.add(key)
    const doc = docOf(handler)
    if (!doc) return problems.push(`${key}: start the route with describeRoute()`)
    if ('refused' in doc) return
    const chain = []
    for (let j = i + 1; j < routes.length; j++) {
      const next = routes[j]
      if (`${next.method} ${next.path}` !== key) continue
      if (docOf(next.handler)) break
      chain.push(next.handler)
    }
    const session =
      sessionPrefixes.some((prefix) => path.startsWith(prefix)) || chain.includes(requireUser)
    const enforced = chain.map(rolesAllowedBy).find(Boolean)
    if (doc.roles && enforced && !sameRoles(doc.roles, enforced)) {
      problems.push(`${key}: described roles ${doc.roles} differ from required ${enforced}`)
    }
    const roles = enforced ?? doc.roles
    if (session && !roles) return problems.push(`${key}: name the roles that may call it`)
    found.push({ method, path: openApiPath(path), doc, roles: session && roles ? roles : 'public' })
  })
  return { routes: found, problems }
}

function sameRoles(a: readonly Role[], b: readonly Role[]): boolean {
  return a.length === b.length && a.every((role) => b.includes(role))
}

type Fields = Record<string, SQLiteColumn | SQL>

/** The JSON Schema of a field read from a column; a computed field (SQL) may be anything. */
function fieldSchema(field: SQLiteColumn | SQL): JsonSchema {
  if (!(field instanceof Column)) return {}
  const type =
    field.dataType === 'number'
      ? field.columnType === 'SQLiteInteger'
        ? { type: 'integer' }
        : { type: 'number' }
      : field.dataType === 'boolean'
        ? { type: 'boolean' }
        : field.dataType === 'json'
          ? {}
          : field.enumValues
            ? { type: 'string', enum: field.enumValues }
            : { type: 'string' }
  return field.notNull ? type : { anyOf: [type, { type: 'null' }] }
}

/**
 * A resource's record as its readers get it, from the columns its fields read. A field that not
 * every reader receives (contact data, IBAN) says which roles do.
 */
function recordSchema(
  fields: Fields | ((user: SessionUser) => Fields),
  readRoles: readonly Role[],
): JsonSchema {
  const perRole = readRoles.map((role) => ({
    role,
    fields:
      typeof fields === 'function'
        ? fields({ id: 0, name: '', email: '', role, networkIds: [] })
        : fields,
  }))
  const properties: Record<string, JsonSchema> = {}
  for (const { fields: own } of perRole) {
    for (const [name, field] of Object.entries(own)) {
      if (properties[name]) continue
      const seenBy = perRole.filter((r) => Object.hasOwn(r.fields, name)).map((r) => r.role)
      properties[name] =
        seenBy.length === readRoles.length
          ? fieldSchema(field)
          : {
              ...fieldSchema(field),
              description: `Only for ${seenBy.join(', ')}.`,
              'x-roles': seenBy,
            }
    }
  }
  return { type: 'object', properties }
}

const refused = (why: string): RefusedRoute => ({ refused: why })

/** An answer that is a record of this resource, as its GET /:id answers it. */
export const recordOf = (resource: string): JsonSchema => ({
  $ref: `#/components/schemas/${resource}`,
})

/**
 * The descriptions of a resource's five ra-data-simple-rest routes (see lib/resource.ts): the
 * roles, list spec and write schemas all come from the resource's own configuration.
 */
export function resourceDocs<Create extends z.ZodType, Update extends z.ZodType>(
  config: ResourceConfig<Create, Update>,
) {
  const { name, readRoles, write } = config
  const record = recordOf(name)
  const components = { [name]: () => recordSchema(config.fields, readRoles) }
  const common = { tags: [name], components }
  const reach = 'A record outside the caller’s networks answers 404, as a missing one does.'
  const readOnly = refused(`${name} are read-only: every role gets 403`)
  return {
    list: {
      ...common,
      summary: `List ${name}`,
      description:
        'ra-data-simple-rest getList, getMany and getManyReference, over the records within the caller’s reach.',
      roles: readRoles,
      list: { spec: config.list, params: ['sort', 'range', 'filter', 'after', 'before'] },
      returns: { type: 'array', items: record },
    } satisfies RouteDoc,
    read: {
      ...common,
      summary: `Read one of ${name}`,
      description: reach,
      roles: readRoles,
      returns: record,
    } satisfies RouteDoc,
    create: write
      ? ({
          ...common,
          summary: `Create one of ${name}`,
          roles: write.roles,
          body: write.create,
          status: 201,
          returns: record,
          errors: [409],
        } satisfies RouteDoc)
      : readOnly,
    update: write
      ? ({
          ...common,
          summary: `Update one of ${name}`,
          description: `Only the fields sent change. Send the record's \`updatedAt\` to get 409 instead of overwriting a change made meanwhile. ${reach}`,
          roles: write.roles,
          body: write.update,
          returns: record,
          errors: [409],
        } satisfies RouteDoc)
      : readOnly,
    delete: write
      ? ({
          ...common,
          summary: `Delete one of ${name}`,
          description: `Answers the deleted record. ${reach}`,
          roles: write.roles,
          returns: record,
          errors: [409],
        } satisfies RouteDoc)
      : readOnly,
  }
}
