import { html } from 'hono/html'
import type { JsonSchema } from '../lib/openapi'
import type { OpenApiDocument } from '../openapi/document'
import { STYLESHEET_PATH } from './styles'

type Operation = OpenApiDocument['paths'][string][string]

interface Parameter {
  name: string
  in: string
  required: boolean
  description?: string
  schema?: JsonSchema
  content?: Record<string, { schema: JsonSchema }>
}

interface Response {
  description?: string
  content?: Record<string, { schema: JsonSchema }>
  $ref?: string
}

const SCHEMA_REF = '#/components/schemas/'

/** Text with `code` spans, as the descriptions write it. */
function Text({ text }: { text: string }) {
  return <>{text.split('`').map((part, i) => (i % 2 === 1 ? <code>{part}</code> : part))}</>
}

function range(min: unknown, max: unknown, unit = ''): string | undefined {
  if (min !== undefined && max !== undefined) return `${min}–${max}${unit}`
  if (min !== undefined) return `at least ${min}${unit}`
  if (max !== undefined) return `at most ${max}${unit}`
  return undefined
}

/** One line saying what a schema takes: type, allowed values and bounds. */
function summary(schema: JsonSchema): string {
  if (typeof schema.$ref === 'string') return schema.$ref.slice(SCHEMA_REF.length)
  if (Array.isArray(schema.type)) {
    const { type, ...rest } = schema
    return summary({ anyOf: type.map((t) => ({ ...rest, type: t })) })
  }
  if (Array.isArray(schema.anyOf)) {
    const options = schema.anyOf as JsonSchema[]
    const nullable = options.some((o) => o.type === 'null')
    const text = options
      .filter((o) => o.type !== 'null')
      .map(summary)
      .join(' or ')
    return nullable ? `${text}, or null` : text
  }
  const parts: (string | undefined)[] = []
  if (Array.isArray(schema.enum)) {
    parts.push(`one of ${schema.enum.map((v) => JSON.stringify(v)).join(', ')}`)
  } else if (schema.type === 'array') {
    const items = (schema.items ?? {}) as JsonSchema
    parts.push(
      Array.isArray(schema.prefixItems)
        ? `JSON array [${(schema.prefixItems as JsonSchema[]).map(summary).join(', ')}]`
        : `list of ${summary(items)}`,
      range(schema.minItems, schema.maxItems, ' items'),
    )
  } else if (schema.type === 'string') {
    parts.push(
      schema.format === 'date'
        ? 'date (YYYY-MM-DD)'
        : schema.format
          ? `text (${schema.format})`
          : schema.contentMediaType
            ? 'file'
            : 'text',
      range(schema.minLength, schema.maxLength, ' characters'),
    )
  } else if (schema.type === 'integer' || schema.type === 'number') {
    const min = schema.minimum ?? (schema.exclusiveMinimum as number | undefined)
    const above = schema.exclusiveMinimum !== undefined ? Number(min) + 1 : min
    parts.push(schema.type === 'integer' ? 'whole number' : 'number', range(above, schema.maximum))
  } else if (schema.type === 'object' && schema.properties) {
    parts.push(`object with ${Object.keys(schema.properties).join(', ')}`)
  } else if (typeof schema.type === 'string') {
    parts.push(schema.type)
  } else {
    parts.push('any value')
  }
  if (schema.default !== undefined) parts.push(`default ${JSON.stringify(schema.default)}`)
  if (typeof schema.description === 'string') parts.push(schema.description)
  return parts.filter(Boolean).join('; ')
}

interface Field {
  name: string
  required: boolean
  schema: JsonSchema
}

/** An object's fields, nested ones as `lines[].amountCents`, for one table. */
function fields(schema: JsonSchema, prefix = ''): Field[] {
  const properties = (schema.properties ?? {}) as Record<string, JsonSchema>
  const required = (schema.required ?? []) as string[]
  return Object.entries(properties).flatMap(([name, property]) => {
    const field = { name: `${prefix}${name}`, required: required.includes(name), schema: property }
    const items = property.items as JsonSchema | undefined
    if (property.type === 'object' && property.properties) {
      return [field, ...fields(property, `${field.name}.`)]
    }
    if (items?.type === 'object' && items.properties) {
      return [field, ...fields(items, `${field.name}[].`)]
    }
    return [field]
  })
}

function FieldTable({ caption, schema }: { caption: string; schema: JsonSchema }) {
  const rows = fields(schema)
  if (rows.length === 0) return <p>{`${caption}: ${summary(schema)}`}</p>
  return (
    <table>
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">Field</th>
          <th scope="col">Required</th>
          <th scope="col">Value</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr>
            <th scope="row">
              <code>{row.name}</code>
            </th>
            <td>{row.required ? 'yes' : 'no'}</td>
            <td>{summary(row.schema)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  )
}

function ParameterTable({ parameters }: { parameters: Parameter[] }) {
  return (
    <table>
      <caption>Parameters</caption>
      <thead>
        <tr>
          <th scope="col">Name</th>
          <th scope="col">In</th>
          <th scope="col">Value</th>
        </tr>
      </thead>
      <tbody>
        {parameters.map((p) => {
          const json = p.content?.['application/json']?.schema
          return (
            <tr>
              <th scope="row">
                <code>{p.name}</code>
                {p.required ? ' (required)' : ''}
              </th>
              <td>{p.in}</td>
              <td>
                {json ? <Text text={p.description ?? summary(json)} /> : summary(p.schema ?? {})}
                {json?.type === 'object' && (
                  <FieldTable caption={`Fields of ${p.name}`} schema={json} />
                )}
              </td>
            </tr>
          )
        })}
      </tbody>
    </table>
  )
}

function ResponseTable({
  responses,
  document,
}: {
  responses: Record<string, Response>
  document: OpenApiDocument
}) {
  const shared = document.components.responses as Record<string, Response>
  return (
    <table>
      <caption>Responses</caption>
      <thead>
        <tr>
          <th scope="col">Status</th>
          <th scope="col">Meaning</th>
        </tr>
      </thead>
      <tbody>
        {Object.entries(responses).map(([status, response]) => {
          const resolved = response.$ref ? shared[response.$ref.split('/').pop() ?? ''] : response
          const [type, body] = Object.entries(resolved.content ?? {})[0] ?? []
          const ref = body?.schema.$ref ?? (body?.schema.items as JsonSchema | undefined)?.$ref
          return (
            <tr>
              <th scope="row">{status}</th>
              <td>
                <Text text={resolved.description ?? ''} />
                {type && (
                  <>
                    {' '}
                    <code>{type}</code>
                    {response.$ref
                      ? ': the error shape.'
                      : body && typeof ref === 'string'
                        ? [
                            ': ',
                            <a href={`#schema-${ref.slice(SCHEMA_REF.length)}`}>
                              {summary(body.schema)}
                            </a>,
                          ]
                        : body &&
                          Object.keys(body.schema).length > 0 &&
                          `: ${summary(body.schema)}`}
                  </>
                )}
              </td>
            </tr>
          )
        })}
      </tbody>
    </table>
  )
}

function OperationCard({
  method,
  path,
  operation,
  document,
}: {
  method: string
  path: string
  operation: Operation
  document: OpenApiDocument
}) {
  const body = operation.requestBody?.content
  const [bodyType, bodySchema] = Object.entries(body ?? {})[0] ?? []
  const parameters = ('parameters' in operation ? operation.parameters : []) as Parameter[]
  return (
    <section class="card api-operation" aria-labelledby={operation.operationId}>
      <h3 id={operation.operationId}>
        <code>{`${method.toUpperCase()} ${path}`}</code>
      </h3>
      <p>
        <strong>{operation.summary}</strong>
      </p>
      <p>
        <Text text={operation.description} />
      </p>
      {parameters.length > 0 && <ParameterTable parameters={parameters} />}
      {bodySchema && (
        <FieldTable caption={`Request body (${bodyType})`} schema={bodySchema.schema} />
      )}
      <ResponseTable
        responses={operation.responses as Record<string, Response>}
        document={document}
      />
    </section>
  )
}

/** The description's text: paragraphs, and lists where lines start with `- `. */
function Description({ text }: { text: string }) {
  return (
    <>
      {text.split('\n\n').map((block) =>
        block.startsWith('- ') ? (
          <ul>
            {block.split('\n').map((line) => (
              <li>
                <Text text={line.slice(2)} />
              </li>
            ))}
          </ul>
        ) : (
          <p>
            <Text text={block} />
          </p>
        ),
      )}
    </>
  )
}

/**
 * The API reference as a page: every operation of the OpenAPI document, grouped by tag, with its
 * roles, parameters, body fields and responses, and the records they answer. Works offline: it
 * loads nothing but the site's stylesheet.
 */
export function ApiDocsPage({ document }: { document: OpenApiDocument }) {
  const operations = Object.entries(document.paths).flatMap(([path, item]) =>
    Object.entries(item).map(([method, operation]) => ({ path, method, operation })),
  )
  const byTag = document.tags.map(({ name }) => ({
    name,
    operations: operations.filter(({ operation }) => operation.tags[0] === name),
  }))
  const records = Object.entries(document.components.schemas).filter(([name]) => name !== 'Error')
  return html`<!doctype html>${(
      <html lang="en">
        <head>
          <meta charset="utf-8" />
          <meta name="viewport" content="width=device-width, initial-scale=1" />
          <title>{`API reference – ${document.info.title}`}</title>
          <link rel="stylesheet" href={STYLESHEET_PATH} />
        </head>
        <body>
          <a class="skip-link" href="#main">
            Skip to content
          </a>
          <main id="main" tabindex={-1} class="api-docs">
            <div class="container">
              <h1>{document.info.title}</h1>
              <p class="lead">
                {`Version ${document.info.version}, OpenAPI ${document.openapi}. Machine-readable: `}
                <a href="/api/openapi.json">/api/openapi.json</a>
              </p>
              <Description text={document.info.description} />
              <nav aria-labelledby="contents">
                <h2 id="contents">Contents</h2>
                <ul>
                  {byTag.map((tag) => (
                    <li>
                      <a href={`#tag-${tag.name}`}>{tag.name}</a>
                      {` (${tag.operations.length})`}
                    </li>
                  ))}
                  <li>
                    <a href="#records">Records</a>
                  </li>
                </ul>
              </nav>
              {byTag.map((tag) => (
                <section aria-labelledby={`tag-${tag.name}`}>
                  <h2 id={`tag-${tag.name}`}>{tag.name}</h2>
                  {tag.operations.map((op) => (
                    <OperationCard {...op} document={document} />
                  ))}
                </section>
              ))}
              <section aria-labelledby="records">
                <h2 id="records">Records</h2>
                <p>
                  The records the resources answer, as stored. Some also carry fields derived when
                  they are read, such as a plan's <code>budgetRemainingCents</code>.
                </p>
                {records.map(([name, schema]) => (
                  <section aria-labelledby={`schema-${name}`}>
                    <h3 id={`schema-${name}`}>{name}</h3>
                    <FieldTable caption={`Fields of ${name}`} schema={schema} />
                  </section>
                ))}
              </section>
            </div>
          </main>
        </body>
      </html>
    )}`
}
