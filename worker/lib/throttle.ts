import { and, eq, inArray, lt, sql } from 'drizzle-orm'
import type { DB } from '../db/client'
import { loginFailures } from '../db/schema'
import { addMinutes, nowIso } from './clock'
import { ApiError } from './errors'

export const THROTTLE_WINDOW_MINUTES = 15
export const MAX_FAILURES_PER_ACCOUNT = 5
export const MAX_FAILURES_PER_IP = 20

function keys(email: string, ip: string) {
  return { account: `account:${email.toLowerCase()}`, ip: `ip:${ip}` }
}

/** Refuses with 429 while an account or an IP has too many recent failed logins. */
export async function assertLoginAllowed(db: DB, email: string, ip: string): Promise<void> {
  const k = keys(email, ip)
  const since = addMinutes(nowIso(), -THROTTLE_WINDOW_MINUTES)
  const rows = await db
    .select({ key: loginFailures.key, n: sql<number>`count(*)` })
    .from(loginFailures)
    .where(and(inArray(loginFailures.key, [k.account, k.ip]), sql`${loginFailures.at} > ${since}`))
    .groupBy(loginFailures.key)
  const count = (key: string) => rows.find((r) => r.key === key)?.n ?? 0
  if (count(k.account) >= MAX_FAILURES_PER_ACCOUNT || count(k.ip) >= MAX_FAILURES_PER_IP) {
    throw new ApiError(429, 'tooManyRequests', { minutes: THROTTLE_WINDOW_MINUTES })
  }
}

/** Records a failed login against both the account and the IP, and forgets stale failures. */
export async function recordLoginFailure(db: DB, email: string, ip: string): Promise<void> {
  const k = keys(email, ip)
  const now = nowIso()
  await db.batch([
    db.insert(loginFailures).values([
      { key: k.account, at: now },
      { key: k.ip, at: now },
    ]),
    db.delete(loginFailures).where(lt(loginFailures.at, addMinutes(now, -THROTTLE_WINDOW_MINUTES))),
  ])
}

/** A successful login clears the account's failures (not the IP's). */
export function clearLoginFailures(db: DB, email: string) {
  return db.delete(loginFailures).where(eq(loginFailures.key, keys(email, '').account))
}
