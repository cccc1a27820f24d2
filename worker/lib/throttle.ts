import { and, eq, inArray, lt, sql } from 'drizzle-orm'
import type { DB } from '../db/client'
import { throttleEvents } from '../db/schema'
import { addMinutes, nowIso } from './clock'
import { ApiError } from './errors'

/** How many events a key may have within a window before further ones are refused. */
export interface Limit {
  key: string
  max: number
  windowMinutes: number
}

/** Logins: 5 failures per account, 20 per IP, within 15 minutes. */
export const LOGIN_WINDOW_MINUTES = 15
export const MAX_FAILURES_PER_ACCOUNT = 5
export const MAX_FAILURES_PER_IP = 20
/** New applications from one IP per hour: a community centre's shared line fits, a script does not. */
export const MAX_APPLICATIONS_PER_IP = 10
/** Events older than the longest window are forgotten. */
const LONGEST_WINDOW_MINUTES = 60

/** The client's IP as Cloudflare reports it. */
export function clientIp(header: string | undefined): string {
  return header ?? 'unknown'
}

/** Refuses with 429 while any of the keys has reached its limit within its window. */
export async function assertUnderLimits(db: DB, limits: Limit[]): Promise<void> {
  const longest = Math.max(...limits.map((l) => l.windowMinutes))
  const now = nowIso()
  const rows = await db
    .select({ key: throttleEvents.key, at: throttleEvents.at })
    .from(throttleEvents)
    .where(
      and(
        inArray(
          throttleEvents.key,
          limits.map((l) => l.key),
        ),
        sql`${throttleEvents.at} > ${addMinutes(now, -longest)}`,
      ),
    )
  for (const limit of limits) {
    const since = addMinutes(now, -limit.windowMinutes)
    const recent = rows.filter((r) => r.key === limit.key && r.at > since).length
    if (recent >= limit.max) {
      throw new ApiError(429, 'tooManyRequests', { minutes: limit.windowMinutes })
    }
  }
}

/** Statements recording one event per key (and forgetting stale ones), to run in a batch. */
export function recordEvents(db: DB, keys: string[]) {
  const now = nowIso()
  return [
    db.insert(throttleEvents).values(keys.map((key) => ({ key, at: now }))),
    db
      .delete(throttleEvents)
      .where(lt(throttleEvents.at, addMinutes(now, -LONGEST_WINDOW_MINUTES))),
  ] as const
}

function loginKeys(email: string, ip: string) {
  return { account: `login:${email.toLowerCase()}`, ip: `login-ip:${ip}` }
}

/** Refuses with 429 while an account or an IP has too many recent failed logins. */
export function assertLoginAllowed(db: DB, email: string, ip: string): Promise<void> {
  const k = loginKeys(email, ip)
  return assertUnderLimits(db, [
    { key: k.account, max: MAX_FAILURES_PER_ACCOUNT, windowMinutes: LOGIN_WINDOW_MINUTES },
    { key: k.ip, max: MAX_FAILURES_PER_IP, windowMinutes: LOGIN_WINDOW_MINUTES },
  ])
}

/** Records a failed login against both the account and the IP. */
export async function recordLoginFailure(db: DB, email: string, ip: string): Promise<void> {
  const k = loginKeys(email, ip)
  await db.batch(recordEvents(db, [k.account, k.ip]))
}

/** A successful login clears the account's failures (not the IP's). */
export function clearLoginFailures(db: DB, email: string) {
  return db.delete(throttleEvents).where(eq(throttleEvents.key, loginKeys(email, '').account))
}

const applyKey = (ip: string) => `apply-ip:${ip}`

/** Refuses with 429 when this IP has created too many applications in the last hour. */
export function assertMayApply(db: DB, ip: string): Promise<void> {
  return assertUnderLimits(db, [
    { key: applyKey(ip), max: MAX_APPLICATIONS_PER_IP, windowMinutes: LONGEST_WINDOW_MINUTES },
  ])
}

/** Statements counting one new application against this IP, for the batch that stores it. */
export function recordApplication(db: DB, ip: string) {
  return recordEvents(db, [applyKey(ip)])
}
