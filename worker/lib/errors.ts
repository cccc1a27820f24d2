import type { Context } from 'hono'
import { HTTPException } from 'hono/http-exception'
import type { ContentfulStatusCode } from 'hono/utils/http-status'
import type { AppEnv } from './context'
import { type Message, type MessageKey, type MessageParams, translate } from './messages'

/** Field name (dot path for nested fields) to the message shown beside that field. */
export type FieldErrors = Record<string, Message | string>

/** The one error type of the API: a status, a message key and optional field errors. */
export class ApiError extends HTTPException {
  constructor(
    status: ContentfulStatusCode,
    readonly key: MessageKey,
    readonly params?: MessageParams,
    readonly fieldErrors?: FieldErrors,
  ) {
    super(status, { message: key })
  }
}

/** A 400 whose only problem is one field. */
export function fieldError(field: string, key: MessageKey, params?: MessageParams): ApiError {
  return new ApiError(400, 'invalidInput', undefined, { [field]: { key, params } })
}

const keyForStatus: Partial<Record<number, MessageKey>> = {
  400: 'badRequest',
  401: 'unauthorized',
  403: 'forbidden',
  404: 'notFound',
  409: 'conflict',
  413: 'tooLarge',
  429: 'tooManyRequests',
}

/** SQLite constraint failures that reach us are conflicts with stored state, never server faults. */
function constraintKey(error: unknown): MessageKey | undefined {
  for (let e: unknown = error; e instanceof Error; e = e.cause) {
    if (e.message.includes('UNIQUE constraint failed')) return 'duplicate'
    if (e.message.includes('FOREIGN KEY constraint failed')) return 'inUse'
    if (e.message.includes('CHECK constraint failed')) return 'conflict'
  }
  return undefined
}

/** A private link's token is a credential: logs show where a request went, never the token. */
export function loggablePath(url: string): string {
  return new URL(url).pathname.replace(/[A-Za-z0-9_-]{43}/g, ':token')
}

/** The single `onError`: every failure becomes `{ message, errors? }` in the caller's language. */
export function handleError(error: Error, c: Context<AppEnv>): Response {
  const locale = c.get('locale') ?? 'nl'
  if (error instanceof ApiError) {
    const errors = error.fieldErrors
      ? Object.fromEntries(
          Object.entries(error.fieldErrors).map(([field, m]) => [
            field,
            typeof m === 'string' ? m : translate(locale, m),
          ]),
        )
      : undefined
    return c.json(
      { message: translate(locale, { key: error.key, params: error.params }), errors },
      error.status,
    )
  }
  if (error instanceof HTTPException) {
    const key = keyForStatus[error.status] ?? 'badRequest'
    const params = key === 'tooManyRequests' ? { minutes: 15 } : undefined
    return c.json({ message: translate(locale, { key, params }) }, error.status)
  }
  const key = constraintKey(error)
  if (key) return c.json({ message: translate(locale, { key }) }, 409)
  console.error('unhandled error', c.req.method, loggablePath(c.req.url), error)
  return c.json({ message: translate(locale, { key: 'serverError' }) }, 500)
}
