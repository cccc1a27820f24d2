import { eq, sql } from 'drizzle-orm'
import type { Context } from 'hono'
import { deleteCookie, getCookie, setCookie } from 'hono/cookie'
import { createMiddleware } from 'hono/factory'
import { sessions } from '../db/schema'
import type { Role } from './access'
import { addMinutes, nowIso } from './clock'
import type { AppEnv, SessionUser } from './context'
import { ApiError } from './errors'
import { hashToken, randomToken } from './tokens'

export const SESSION_COOKIE = 'bk_session'
/** Refreshing last-seen on every request would write on every read; once in a while suffices. */
const TOUCH_AFTER_MINUTES = 5

function lifetimes(env: Env) {
  return {
    idle: Number(env.SESSION_IDLE_MINUTES),
    absolute: Number(env.SESSION_ABSOLUTE_MINUTES),
  }
}

/** Starts a session: a random 256-bit id in an HttpOnly cookie, only its hash in D1. */
export async function startSession(c: Context<AppEnv>, userId: number): Promise<void> {
  const id = randomToken(32)
  const now = nowIso()
  const { absolute } = lifetimes(c.env)
  await c
    .get('db')
    .insert(sessions)
    .values({
      idHash: await hashToken(id),
      userId,
      createdAt: now,
      lastSeenAt: now,
      expiresAt: addMinutes(now, absolute),
    })
  setCookie(c, SESSION_COOKIE, id, {
    httpOnly: true,
    sameSite: 'Lax',
    secure: new URL(c.req.url).protocol === 'https:',
    path: '/',
    maxAge: absolute * 60,
  })
}

/** Ends the caller's session, if any: the row is deleted, so the cookie is worthless. */
export async function endSession(c: Context<AppEnv>): Promise<void> {
  const id = getCookie(c, SESSION_COOKIE)
  if (id)
    await c
      .get('db')
      .delete(sessions)
      .where(eq(sessions.idHash, await hashToken(id)))
  deleteCookie(c, SESSION_COOKIE, { path: '/' })
}

interface SessionRow {
  id: number
  name: string
  email: string
  role: Role
  lastSeenAt: string
  networkIds: string
}

/** The user behind the session cookie, or undefined when there is none or it has expired. */
async function loadSession(c: Context<AppEnv>): Promise<SessionUser | undefined> {
  const id = getCookie(c, SESSION_COOKIE)
  if (!id) return undefined
  const idHash = await hashToken(id)
  const now = nowIso()
  const db = c.get('db')
  const row = await db.get<SessionRow>(sql`
    SELECT u.id, u.name, u.email, u.role, s.last_seen_at AS lastSeenAt,
      (SELECT json_group_array(m.network_id) FROM members m WHERE m.user_id = u.id) AS networkIds
    FROM sessions s JOIN users u ON u.id = s.user_id
    WHERE s.id_hash = ${idHash} AND u.active = 1 AND s.expires_at > ${now}
      AND s.last_seen_at > ${addMinutes(now, -lifetimes(c.env).idle)}`)
  if (!row) return undefined
  if (row.lastSeenAt < addMinutes(now, -TOUCH_AFTER_MINUTES)) {
    await db.update(sessions).set({ lastSeenAt: now }).where(eq(sessions.idHash, idHash))
  }
  const { lastSeenAt: _, networkIds, ...user } = row
  return { ...user, networkIds: JSON.parse(networkIds) as number[] }
}

/** Lets only logged-in staff through (401 otherwise) and puts them on the context. */
export const requireUser = createMiddleware<AppEnv>(async function requireUser(c, next) {
  const user = await loadSession(c)
  if (!user) throw new ApiError(401, 'unauthorized')
  c.set('user', user)
  await next()
})
