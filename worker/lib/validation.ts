import type { Context, ValidationTargets } from 'hono'
import { validator } from 'hono/validator'
import * as z from 'zod'
import type { AppEnv } from './context'
import { ApiError, type FieldErrors } from './errors'
import { type Locale, type Message, isMessageKey, translate } from './messages'

/** Our own plain-language texts for zod's built-in issues. */
function messageFor(issue: z.core.$ZodRawIssue): Message {
  switch (issue.code) {
    case 'invalid_type':
      if (issue.input === undefined || issue.input === null) return { key: 'required' }
      return { key: issue.expected === 'int' ? 'notWhole' : 'invalidValue' }
    case 'too_small':
      if (issue.origin === 'string') {
        return issue.minimum === 1
          ? { key: 'required' }
          : { key: 'tooShort', params: { min: Number(issue.minimum) } }
      }
      if (issue.origin === 'array' && issue.minimum === 1) return { key: 'required' }
      // Every number the API takes is whole, so "more than 0" reads as "at least 1".
      return {
        key: 'tooSmall',
        params: { min: Number(issue.minimum) + (issue.inclusive === false ? 1 : 0) },
      }
    case 'too_big':
      if (issue.origin === 'string')
        return { key: 'tooLong', params: { max: Number(issue.maximum) } }
      return {
        key: 'tooBig',
        params: { max: Number(issue.maximum) - (issue.inclusive === false ? 1 : 0) },
      }
    case 'invalid_format':
      if (issue.format === 'email') return { key: 'invalidEmail' }
      if (issue.format === 'date') return { key: 'invalidDate' }
      return { key: 'invalidValue' }
    case 'invalid_value':
      return { key: 'invalidOption', params: { options: issue.values.map(String).join(', ') } }
    default:
      return { key: 'invalidValue' }
  }
}

/**
 * The request's JSON body; a body that is not JSON is bad input (400), never a server fault.
 * Requiring the JSON content type also means a cross-site HTML form can never post here.
 */
export async function jsonBody(c: Context<AppEnv>): Promise<unknown> {
  if (!c.req.header('content-type')?.startsWith('application/json')) {
    throw new ApiError(400, 'badRequest')
  }
  try {
    return await c.req.json()
  } catch {
    throw new ApiError(400, 'badRequest')
  }
}

/** Parses with messages in the reader's language; schema-level messages are message keys. */
export function parseInput<T extends z.ZodType>(
  schema: T,
  value: unknown,
  locale: Locale,
): z.output<T> {
  const result = schema.safeParse(value, { error: (issue) => translate(locale, messageFor(issue)) })
  if (result.success) return result.data
  const errors: FieldErrors = {}
  for (const issue of result.error.issues) {
    const field = issue.path.join('.') || '_'
    errors[field] ??= isMessageKey(issue.message) ? { key: issue.message } : issue.message
  }
  throw new ApiError(400, 'invalidInput', undefined, errors)
}

/**
 * Hono validator middleware backed by a zod schema: handlers read `c.req.valid(target)`.
 * Unknown fields are stripped; bad ones answer 400 with a message per field.
 */
export function valid<Target extends keyof ValidationTargets, T extends z.ZodType>(
  target: Target,
  schema: T,
) {
  return validator(target, (value, c: Context<AppEnv>): z.output<T> =>
    parseInput(schema, value, c.get('locale')),
  )
}

/** An ISO calendar date, YYYY-MM-DD. */
export const isoDate = z.iso.date()

/** Integer cents, never negative. */
export const cents = z.number().int().min(0).max(1_000_000_000_00)

/** An optional input; null (what react-admin sends for a cleared input) counts as not given. */
export const optional = <T extends z.ZodType>(schema: T) =>
  schema.nullish().transform((value) => value ?? undefined)

/** Optional free text; absent or null is empty. */
export const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .nullish()
    .transform((value) => value ?? '')

/** A required line of text: trimmed, not empty, bounded. */
export const text = (max: number) => z.string().trim().min(1).max(max)
