import * as z from 'zod'
import type { JsonSchema, Schema } from '../lib/openapi'

export function isZod(schema: unknown): schema is z.ZodType {
  return typeof schema === 'object' && schema !== null && '_zod' in schema
}

/** Uploads are validated as `z.instanceof(File)`, which JSON Schema knows as binary content. */
const FILE: JsonSchema = { type: 'string', contentMediaType: 'application/octet-stream' }

const DEFS = '#/$defs/'
const COMPONENTS = '#/components/schemas/'

/** Points zod's `#/$defs/X` references at the document's shared schemas. */
function toComponents(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(toComponents)
  if (typeof value !== 'object' || value === null) return value
  return Object.fromEntries(
    Object.entries(value).map(([key, inner]) => [
      key,
      key === '$ref' && typeof inner === 'string' && inner.startsWith(DEFS)
        ? `${COMPONENTS}${inner.slice(DEFS.length)}`
        : toComponents(inner),
    ]),
  )
}

/**
 * JSON Schema of a zod schema: the input side, what a client sends. Parts named with
 * `.meta({ id })` go into `shared` once, as `#/components/schemas/<id>`.
 */
function fromZod(schema: z.ZodType, shared: Record<string, JsonSchema>): JsonSchema {
  const {
    $schema: _,
    $defs,
    ...json
  } = z.toJSONSchema(schema, {
    io: 'input',
    unrepresentable: ({ zodSchema }) =>
      (zodSchema._zod.bag as { Class?: unknown }).Class === File ? FILE : 'any',
    override: ({ jsonSchema }) => {
      // zod spells out the regular expression of every format; the format says it plainly.
      if (jsonSchema.format) delete jsonSchema.pattern
      if (jsonSchema.maximum === Number.MAX_SAFE_INTEGER) delete jsonSchema.maximum
      if (jsonSchema.minimum === Number.MIN_SAFE_INTEGER) delete jsonSchema.minimum
    },
  })
  for (const [id, def] of Object.entries($defs ?? {})) shared[id] = toComponents(def) as JsonSchema
  return toComponents(json) as JsonSchema
}

/**
 * JSON Schema of a zod schema, or of JSON Schema that may hold zod schemas inside, converted
 * where they are; shared parts are put into `shared`.
 */
export function toJsonSchema(schema: Schema, shared: Record<string, JsonSchema>): JsonSchema {
  if (isZod(schema)) return fromZod(schema, shared)
  const convert = (value: unknown): unknown => {
    if (Array.isArray(value)) return value.map(convert)
    if (isZod(value)) return fromZod(value, shared)
    if (typeof value === 'object' && value !== null)
      return toJsonSchema(value as JsonSchema, shared)
    return value
  }
  return Object.fromEntries(Object.entries(schema).map(([key, value]) => [key, convert(value)]))
}

/** Whether a query parameter may be left out: its schema accepts its absence. */
export function isOptional(schema: z.ZodType): boolean {
  return schema.safeParse(undefined).success
}
