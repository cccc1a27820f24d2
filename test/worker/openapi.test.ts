import { exports } from 'cloudflare:workers'
import { beforeAll, describe, expect, it } from 'vitest'
import app from '../../worker/app'
import { type JsonSchema, docOf, documentedRoutes, openApiPath } from '../../worker/lib/openapi'
import { openApiDocument } from '../../worker/openapi/document'
import { ROLES, type Role, type Session, api, apiRaw, listQuery, loginAs } from './helpers'

// /api/openapi.json must describe exactly the routes the app mounts, with the schemas they
// validate with: this walks the real app and calls the real worker to hold it to that.

type Operation = {
  operationId: string
  tags: string[]
  'x-roles'?: Role[]
  parameters?: {
    name: string
    in: string
    content?: Record<string, { schema: JsonSchema }>
  }[]
  requestBody?: { content: Record<string, { schema: JsonSchema }> }
  responses: Record<string, unknown>
}

const document = openApiDocument(app)
const paths = document.paths as unknown as Record<string, Record<string, Operation>>
const operations = Object.entries(paths).flatMap(([path, item]) =>
  Object.entries(item).map(([method, operation]) => ({ path, method, operation })),
)

/** Every `/api` route of the app: method, path and the handler that answers it (the first). */
function mountedRoutes() {
  const first = new Map<string, { method: string; path: string; handler: object }>()
  for (const { method, path, handler } of app.routes) {
    if (method === 'ALL' || !path.startsWith('/api/')) continue
    const key = `${method} ${path}`
    if (!first.has(key)) first.set(key, { method, path, handler })
  }
  return [...first.values()]
}

const sessions = {} as Record<Role, Session>

beforeAll(async () => {
  for (const role of ROLES) sessions[role] = await loginAs(role)
})

/** The cookie of a role that may call the operation; none for a public one. */
const cookieFor = (operation: Operation) => {
  const role = operation['x-roles']?.[0]
  return role ? sessions[role].cookie : undefined
}

/** A value a filter with this schema takes, or undefined when the schema says too little. */
function sample(schema: JsonSchema): unknown {
  if (Array.isArray(schema.anyOf)) return sample(schema.anyOf[0] as JsonSchema)
  if (Array.isArray(schema.type)) return sample({ ...schema, type: schema.type[0] })
  if (Array.isArray(schema.enum)) return schema.enum[0]
  if (schema.type === 'integer') return 1
  if (schema.type === 'boolean') return true
  if (schema.type === 'string') return schema.format === 'date' ? '2026-01-01' : 'x'
  return undefined
}

describe('GET /api/openapi.json', () => {
  it('answers without a login: OpenAPI 3.1 with a version and the session cookie scheme', async () => {
    const res = await api('/openapi.json')
    expect(res.status).toBe(200)
    expect(res.body.openapi).toMatch(/^3\.1\./)
    expect(res.body.info.version).toMatch(/^\d+\.\d+\.\d+$/)
    expect(res.body.components.securitySchemes.session).toMatchObject({
      type: 'apiKey',
      in: 'cookie',
    })
    expect(Object.keys(res.body.paths)).toEqual(Object.keys(document.paths))
  })
})

describe('completeness', () => {
  it('describes every /api route the app mounts', () => {
    const missing = mountedRoutes()
      .filter(({ handler }) => !docOf(handler))
      .map(({ method, path }) => `${method} ${path}`)
    expect(missing).toEqual([])
  })

  it('documents each route that answers, and leaves out only those that refuse everyone', () => {
    for (const { method, path, handler } of mountedRoutes()) {
      const doc = docOf(handler)
      const operation = paths[openApiPath(path)]?.[method.toLowerCase()]
      if (doc && 'refused' in doc) expect(operation, `${method} ${path}`).toBeUndefined()
      else expect(operation, `${method} ${path}`).toBeDefined()
    }
  })

  it('documents nothing that is not mounted', () => {
    const mounted = new Set(
      mountedRoutes().map(({ method, path }) => `${method.toLowerCase()} ${openApiPath(path)}`),
    )
    for (const { method, path } of operations) expect(mounted).toContain(`${method} ${path}`)
  })

  it('names the roles of every route as its requireRole enforces them', () => {
    expect(documentedRoutes(app).problems).toEqual([])
  })
})

describe('structure', () => {
  it('resolves every $ref', () => {
    const refs: string[] = []
    const walk = (value: unknown) => {
      if (Array.isArray(value)) return value.forEach(walk)
      if (typeof value !== 'object' || value === null) return
      for (const [key, inner] of Object.entries(value)) {
        if (key === '$ref') refs.push(String(inner))
        else walk(inner)
      }
    }
    walk(document)
    expect(refs.length).toBeGreaterThan(0)
    for (const ref of refs) {
      const target = ref
        .replace(/^#\//, '')
        .split('/')
        .reduce<unknown>((node, key) => (node as Record<string, unknown>)?.[key], document)
      expect(target, ref).toBeDefined()
    }
  })

  it('gives every operation responses, tags, a unique id and its path parameters', () => {
    const ids = operations.map(({ operation }) => operation.operationId)
    expect(new Set(ids).size).toBe(ids.length)
    for (const { path, method, operation } of operations) {
      const where = `${method} ${path}`
      expect(Object.keys(operation.responses).length, where).toBeGreaterThan(0)
      expect(operation.tags.length, where).toBeGreaterThan(0)
      const declared = (operation.parameters ?? []).filter((p) => p.in === 'path')
      const inPath = [...path.matchAll(/\{(\w+)\}/g)].map(([, name]) => name)
      expect(declared.map((p) => p.name).sort(), where).toEqual(inPath.sort())
    }
  })

  it('describes the error shape and the list protocol', () => {
    expect(document.components.schemas.Error).toMatchObject({ required: ['message'] })
    const list = paths['/api/plans'].get
    expect(list.parameters?.map((p) => p.name)).toEqual([
      'sort',
      'range',
      'filter',
      'after',
      'before',
    ])
    expect(list.responses['200']).toMatchObject({
      headers: {
        'Content-Range': { $ref: '#/components/headers/ContentRange' },
        'X-Total-Exact': { $ref: '#/components/headers/TotalExact' },
        'X-Page-Last': { $ref: '#/components/headers/PageEnd' },
      },
    })
    expect(list['x-roles']).toEqual(['admin', 'coordinator', 'reviewer', 'finance'])
    expect(paths['/api/public/plans'].get).toMatchObject({ security: [] })
    const sepa = paths['/api/payout-batches/{id}/sepa.xml'].get
    expect(Object.keys((sepa.responses['200'] as { content: object }).content)).toEqual([
      'application/xml',
    ])
    const upload = paths['/api/public/applications/{token}/attachments'].post
    expect(upload.requestBody?.content['multipart/form-data'].schema).toMatchObject({
      required: ['file'],
      properties: { file: { type: 'string', contentMediaType: 'application/octet-stream' } },
    })
  })

  it('keeps contact data and the IBAN marked as only for the roles that receive them', () => {
    const record = document.components.schemas.applications as {
      properties: Record<string, JsonSchema>
    }
    expect(record.properties.email['x-roles']).toEqual(['admin', 'coordinator'])
    expect(record.properties.title['x-roles']).toBeUndefined()
  })
})

describe('the schemas match the validators', () => {
  const bodies = operations.filter(
    ({ path, method, operation }) =>
      method === 'post' &&
      !path.includes('{') &&
      operation.requestBody?.content['application/json'] !== undefined,
  )

  it.each(bodies.map(({ path, operation }) => [path, operation] as const))(
    'POST %s with an empty body names exactly the required fields',
    async (path, operation) => {
      const schema = operation.requestBody!.content['application/json'].schema
      const res = await api(path.replace(/^\/api/, ''), {
        cookie: cookieFor(operation),
        body: {},
      })
      expect(res.status).toBe(400)
      expect(Object.keys(res.body.errors).sort()).toEqual([...(schema.required as string[])].sort())
    },
  )

  // Lists of one record's parts (its history) need a record; the protocol is the same.
  const lists = operations.filter(
    ({ path, method, operation }) =>
      method === 'get' &&
      !path.includes('{') &&
      operation.parameters?.some((p) => p.name === 'sort'),
  )

  it.each(lists.map(({ path, operation }) => [path, operation] as const))(
    'GET %s takes every documented sort field and filter, and refuses others',
    async (path, operation) => {
      const param = (name: string) =>
        operation.parameters!.find((p) => p.name === name)?.content?.['application/json'].schema
      const call = async (query: Record<string, unknown>) => {
        const url = `${path.replace(/^\/api/, '')}${listQuery(query)}`
        const res = await apiRaw(url, { cookie: cookieFor(operation) })
        await res.arrayBuffer()
        return res.status
      }
      const [field] = param('sort')!.prefixItems as JsonSchema[]
      for (const name of field.enum as string[]) {
        expect(await call({ sort: [name, 'DESC'] }), `sort ${name}`).toBe(200)
      }
      expect(await call({ sort: ['notAField', 'ASC'] })).toBe(400)

      const filters = (param('filter')?.properties ?? {}) as Record<string, JsonSchema>
      for (const [name, schema] of Object.entries(filters)) {
        const value = sample(schema)
        if (value !== undefined) {
          expect(await call({ filter: { [name]: value } }), `filter ${name}`).toBe(200)
        }
      }
      expect(await call({ filter: { notAField: 1 } })).toBe(400)
    },
  )
})

describe('GET /api/docs', () => {
  it('shows every operation grouped by tag, with nothing loaded from elsewhere', async () => {
    const res = await exports.default.fetch(new Request('http://localhost/api/docs'))
    expect(res.status).toBe(200)
    expect(res.headers.get('content-type')).toMatch(/^text\/html/)
    expect(res.headers.get('content-security-policy')).toContain("default-src 'none'")
    const html = await res.text()
    expect(html).toContain('<html lang="en">')
    expect(html).not.toMatch(/<script|https?:\/\/(?!localhost)/)
    for (const { name } of document.tags) expect(html).toContain(`id="tag-${name}"`)
    for (const { operation } of operations) expect(html).toContain(`id="${operation.operationId}"`)
    expect(html).toContain('<code>POST /api/decisions</code>')
    expect(html).toContain('Roles: admin, coordinator.')
  })
})
