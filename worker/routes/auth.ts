import { sql } from 'drizzle-orm'
import { Hono } from 'hono'
import * as z from 'zod'
import { users } from '../db/schema'
import { auditStatement } from '../lib/audit'
import type { AppEnv } from '../lib/context'
import { ApiError } from '../lib/errors'
import { ANY_ROLE, describeRoute } from '../lib/openapi'
import { UNUSABLE_HASH, verifyPassword } from '../lib/password'
import { endSession, requireUser, startSession } from '../lib/session'
import { clientIp, startLoginAttempt } from '../lib/throttle'
import { valid } from '../lib/validation'
import type { SessionUser } from '../lib/context'
import { me as meShape, ok } from '../openapi/shapes'

const credentials = z.object({
  email: z.string().trim().toLowerCase().min(1).max(254),
  password: z.string().min(1).max(200),
})

const me = (u: SessionUser) => ({
  id: u.id,
  name: u.name,
  email: u.email,
  role: u.role,
  networkIds: u.networkIds,
})

const auth = new Hono<AppEnv>()

const loginDoc = describeRoute({
  summary: 'Log in: starts a session',
  description:
    'Sets the HttpOnly session cookie. Repeated failures for an address or IP answer 429.',
  body: credentials,
  returns: ok,
  errors: [401, 429],
})

auth.post('/login', loginDoc, valid('json', credentials), async (c) => {
  const { email, password } = c.req.valid('json')
  const db = c.get('db')
  const ip = clientIp(c.req.header('cf-connecting-ip'))
  const attempt = await startLoginAttempt(db, email, ip)
  const [user] = await db
    .select({ id: users.id, passwordHash: users.passwordHash, active: users.active })
    .from(users)
    .where(sql`lower(${users.email}) = ${email}`)
  // Verify even for an unknown e-mail, so the answer takes as long either way.
  const ok = await verifyPassword(password, user?.passwordHash ?? UNUSABLE_HASH)
  if (!user || !user.active || !ok) throw new ApiError(401, 'badCredentials')
  await db.batch([
    auditStatement(
      db,
      { type: 'user', id: user.id },
      { action: 'login', entity: 'users', entityId: user.id, networkId: null },
    ),
    ...attempt.succeeded(),
  ])
  await startSession(c, user.id)
  return c.json({ ok: true })
})

const meDoc = describeRoute({ summary: 'Who is logged in', roles: ANY_ROLE, returns: meShape })

auth.get('/me', meDoc, requireUser, (c) => c.json(me(c.get('user'))))

const logoutDoc = describeRoute({ summary: 'Log out: ends the session', returns: ok })

auth.post('/logout', logoutDoc, async (c) => {
  await endSession(c)
  return c.json({ ok: true })
})

export default auth
