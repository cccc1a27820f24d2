import { and, eq, inArray, lt, sql } from 'drizzle-orm'
import type { DB } from '../db/client'
import { throttleEvents } from '../db/schema'
import { addMinutes, nowIso } from './clock'
import { ApiError } from './errors'

/** How many events a key may have within a window before further ones are refused. */
interface Limit {
  key: string
  max: number
  windowMinutes: number
}

/** Logins: 5 failures per account, 20 per IP, within 15 minutes. */
export const LOGIN_WINDOW_MINUTES = 15
export const MAX_FAILURES_PER_ACCOUNT = 5
export const MAX_FAILURES_PER_IP = 20
const APPLY_WINDOW_MINUTES = 60
/** Events older than the longest window are forgotten. */
const LONGEST_WINDOW_MINUTES = 60

/** The client's IP as Cloudflare reports it. */
export function clientIp(header: string | undefined): string {
  return header ?? 'unknown'
}

/**
 * Records one event for every key, but only if none of them has reached its limit; refuses with
 * 429 otherwise. The check and the insert are one statement, so requests arriving together can
 * never slip past the limit. Returns the ids of the recorded events, to release them again.
 */
async function claim(db: DB, limits: Limit[]): Promise<number[]> {
  const now = nowIso()
  const underLimits = and(
    ...limits.map(
      (l) => sql`(SELECT count(*) FROM throttle_events WHERE key = ${l.key}
        AND at > ${addMinutes(now, -l.windowMinutes)}) < ${l.max}`,
    ),
  )
  const keys = JSON.stringify(limits.map((l) => l.key))
  const [, claimed] = await db.batch([
    db
      .delete(throttleEvents)
      .where(lt(throttleEvents.at, addMinutes(now, -LONGEST_WINDOW_MINUTES))),
    db
      .insert(throttleEvents)
      .select(sql`SELECT NULL, value, ${now} FROM json_each(${keys}) WHERE ${underLimits}`)
      .returning({ id: throttleEvents.id }),
  ])
  if (claimed.length === 0) {
    const minutes = Math.max(...limits.map((l) => l.windowMinutes))
    throw new ApiError(429, 'tooManyRequests', { minutes })
  }
  return claimed.map((e) => e.id)
}

/** Takes back events that turned out not to count. */
function release(db: DB, ids: number[]) {
  return db.delete(throttleEvents).where(inArray(throttleEvents.id, ids))
}

function loginKeys(email: string, ip: string) {
  return { account: `login:${email.toLowerCase()}`, ip: `login-ip:${ip}` }
}

/**
 * Counts a login attempt as a failure before the password is checked (429 while the account or
 * the IP has too many), so parallel guesses cannot outrun the limit. `succeeded` takes it back
 * and clears the account's earlier failures.
 */
export async function startLoginAttempt(db: DB, email: string, ip: string) {
  const k = loginKeys(email, ip)
  const ids = await claim(db, [
    { key: k.account, max: MAX_FAILURES_PER_ACCOUNT, windowMinutes: LOGIN_WINDOW_MINUTES },
    { key: k.ip, max: MAX_FAILURES_PER_IP, windowMinutes: LOGIN_WINDOW_MINUTES },
  ])
  return {
    /** Statements forgetting this attempt and the account's failures, for the login's batch. */
    succeeded: () => [
      release(db, ids),
      db.delete(throttleEvents).where(eq(throttleEvents.key, k.account)),
    ],
  }
}

/**
 * Runs `create` only if this IP may start another application within the hour (`perHour`, from
 * the APPLICATIONS_PER_IP_PER_HOUR var; else 429), and counts it only if `create` succeeds: a
 * refused request leaves nothing behind.
 */
export async function withinApplicationLimit<T>(
  db: DB,
  ip: string,
  perHour: number,
  create: () => Promise<T>,
): Promise<T> {
  const ids = await claim(db, [
    { key: `apply-ip:${ip}`, max: perHour, windowMinutes: APPLY_WINDOW_MINUTES },
  ])
  try {
    return await create()
  } catch (error) {
    await release(db, ids)
    throw error
  }
}
