import { env } from 'cloudflare:workers'
import { beforeAll, describe, expect, it } from 'vitest'
import { hashToken } from '../../worker/lib/tokens'
import {
  PASSWORD,
  type Session,
  addSeat,
  api,
  cookieFrom,
  createNetwork,
  createUser,
  login,
  loginAs,
  unique,
  uniqueIp,
} from './helpers'

const badCredentials = 'Het e-mailadres of wachtwoord klopt niet.'
const tooMany = 'Te veel pogingen. Probeer het over 15 minuten opnieuw.'

const attempt = (email: string, password: string, ip = uniqueIp(), base?: string) =>
  api('/auth/login', { body: { email, password }, ip, base })
const me = (cookie: string) => api('/auth/me', { cookie })

/** Minutes from now as the ISO timestamp sessions store. */
const minutesFromNow = (minutes: number) => new Date(Date.now() + minutes * 60_000).toISOString()

async function sessionsOf(userId: number) {
  const { results } = await env.DB.prepare('SELECT * FROM sessions WHERE user_id = ?')
    .bind(userId)
    .all<Record<string, string>>()
  return results
}

describe('login', () => {
  it('sets an HttpOnly, SameSite=Lax session cookie for the whole site', async () => {
    const user = await createUser('reviewer')
    const res = await attempt(user.email, PASSWORD)
    expect(res.status).toBe(200)
    const setCookie = res.headers.get('set-cookie') ?? ''
    expect(setCookie).toMatch(/^bk_session=[A-Za-z0-9_-]{43};/)
    expect(setCookie).toContain('HttpOnly')
    expect(setCookie).toContain('SameSite=Lax')
    expect(setCookie).toContain('Path=/')
    expect(setCookie).toContain(`Max-Age=${Number(env.SESSION_ABSOLUTE_MINUTES) * 60}`)
    expect(setCookie).not.toContain('Secure')
  })

  it('marks the cookie Secure when the site is served over https', async () => {
    const user = await createUser('reviewer')
    const res = await attempt(user.email, PASSWORD, uniqueIp(), 'https://buurtkracht.example')
    expect(res.status).toBe(200)
    expect(res.headers.get('set-cookie')).toMatch(/; Secure/)
  })

  it('stores only the hash of the session id', async () => {
    const user = await createUser('reviewer')
    const cookie = await login(user.email)
    const token = cookie.split('=')[1]
    const [stored] = await sessionsOf(user.id)
    expect(stored.id_hash).toBe(await hashToken(token))
    expect(JSON.stringify(await env.DB.prepare('SELECT * FROM sessions').all())).not.toContain(
      token,
    )
  })

  it('gives every login its own session', async () => {
    const user = await createUser('reviewer')
    const [a, b] = [await login(user.email), await login(user.email)]
    expect(a).not.toBe(b)
    expect(await sessionsOf(user.id)).toHaveLength(2)
  })

  it('finds the account whatever the case of the e-mail address', async () => {
    const user = await createUser('reviewer')
    expect((await attempt(`  ${user.email.toUpperCase()} `, PASSWORD)).status).toBe(200)
  })

  it('answers a wrong password and an unknown e-mail alike, with 401', async () => {
    const user = await createUser('reviewer')
    const wrong = await attempt(user.email, 'niet-het-wachtwoord')
    const unknown = await attempt(`${unique('niemand')}@example.org`, PASSWORD)
    expect(wrong.status).toBe(401)
    expect(unknown.status).toBe(401)
    expect(wrong.body).toEqual({ message: badCredentials })
    expect(unknown.body).toEqual(wrong.body)
    expect(wrong.headers.get('set-cookie')).toBeNull()
  })

  it('refuses an inactive user with the same 401, even with the right password', async () => {
    const user = await createUser('coordinator', { active: false })
    const res = await attempt(user.email, PASSWORD)
    expect(res.status).toBe(401)
    expect(res.body).toEqual({ message: badCredentials })
    expect(await sessionsOf(user.id)).toHaveLength(0)
  })

  it('refuses a request without e-mail or password with 400', async () => {
    const res = await api('/auth/login', { body: { email: 'a@example.org' } })
    expect(res.status).toBe(400)
    expect(res.body.errors).toHaveProperty('password')
    const notJson = await api('/auth/login', { method: 'POST', body: '{"email":' })
    expect(notJson.status).toBe(400)
  })
})

describe('/me and logout', () => {
  it('describes the logged-in user and the networks they hold a seat in', async () => {
    const [a, b] = [await createNetwork(), await createNetwork()]
    await createNetwork()
    const session = await loginAs('coordinator', [b, a])
    const res = await me(session.cookie)
    expect(res.status).toBe(200)
    expect(Object.keys(res.body).sort()).toEqual(['email', 'id', 'name', 'networkIds', 'role'])
    expect(res.body).toMatchObject({
      id: session.user.id,
      name: session.user.name,
      email: session.user.email,
      role: 'coordinator',
    })
    expect([...res.body.networkIds].sort((x: number, y: number) => x - y)).toEqual([a, b])
  })

  it('sees a new seat on the next request, without logging in again', async () => {
    const session = await loginAs('reviewer')
    expect((await me(session.cookie)).body.networkIds).toEqual([])
    const network = await createNetwork()
    await addSeat(network, session.user.id)
    expect((await me(session.cookie)).body.networkIds).toEqual([network])
  })

  it('answers 401 without a cookie, with an unknown one, or a tampered one', async () => {
    const session = await loginAs('reviewer')
    expect((await api('/auth/me')).status).toBe(401)
    expect((await me('bk_session=bestaat-niet')).status).toBe(401)
    const last = session.cookie.at(-1) === 'A' ? 'B' : 'A'
    expect((await me(`${session.cookie.slice(0, -1)}${last}`)).status).toBe(401)
    expect((await me(session.cookie)).status).toBe(200)
  })

  it('ends the session on logout: the cookie is cleared and worthless afterwards', async () => {
    const session = await loginAs('finance')
    const res = await api('/auth/logout', { method: 'POST', cookie: session.cookie })
    expect(res.status).toBe(200)
    expect(res.headers.get('set-cookie')).toMatch(/^bk_session=;.*Max-Age=0/)
    expect(await sessionsOf(session.user.id)).toHaveLength(0)
    expect((await me(session.cookie)).status).toBe(401)
    expect((await api('/plans', { cookie: session.cookie })).status).toBe(401)
  })

  it('ends only the session it is called with', async () => {
    const user = await createUser('reviewer')
    const [phone, laptop] = [await login(user.email), await login(user.email)]
    await api('/auth/logout', { method: 'POST', cookie: phone })
    expect((await me(phone)).status).toBe(401)
    expect((await me(laptop)).status).toBe(200)
  })

  it('answers a logout without a session calmly', async () => {
    expect((await api('/auth/logout', { method: 'POST' })).status).toBe(200)
  })
})

describe('an inactive user', () => {
  it('loses a session even when it was not ended on deactivation', async () => {
    const session = await loginAs('coordinator')
    await env.DB.prepare('UPDATE users SET active = 0 WHERE id = ?').bind(session.user.id).run()
    expect((await me(session.cookie)).status).toBe(401)
  })
})

describe('session expiry', () => {
  const idle = Number(env.SESSION_IDLE_MINUTES)
  const setSession = (userId: number, column: string, value: string) =>
    env.DB.prepare(`UPDATE sessions SET ${column} = ? WHERE user_id = ?`).bind(value, userId).run()

  it(`ends a session idle for more than ${idle} minutes`, async () => {
    const session = await loginAs('reviewer')
    await setSession(session.user.id, 'last_seen_at', minutesFromNow(-idle + 1))
    expect((await me(session.cookie)).status).toBe(200)
    await setSession(session.user.id, 'last_seen_at', minutesFromNow(-idle - 1))
    expect((await me(session.cookie)).status).toBe(401)
  })

  it('keeps an active session alive by refreshing last-seen', async () => {
    const session = await loginAs('reviewer')
    const lastSeen = minutesFromNow(-idle + 1)
    await setSession(session.user.id, 'last_seen_at', lastSeen)
    expect((await me(session.cookie)).status).toBe(200)
    const [stored] = await sessionsOf(session.user.id)
    expect(stored.last_seen_at > minutesFromNow(-1)).toBe(true)
  })

  it('ends a session at its absolute expiry, however active', async () => {
    const session = await loginAs('reviewer')
    const [stored] = await sessionsOf(session.user.id)
    const lifetime = Date.parse(stored.expires_at) - Date.parse(stored.created_at)
    expect(lifetime).toBe(Number(env.SESSION_ABSOLUTE_MINUTES) * 60_000)
    await setSession(session.user.id, 'expires_at', minutesFromNow(-0.01))
    expect((await me(session.cookie)).status).toBe(401)
  })
})

describe('throttling', () => {
  it('refuses an account with 429 after 5 failures, even with the right password', async () => {
    const user = await createUser('reviewer')
    for (let i = 0; i < 5; i++) {
      expect((await attempt(user.email, `fout-${i}`)).status).toBe(401)
    }
    const blocked = await attempt(user.email, PASSWORD)
    expect(blocked.status).toBe(429)
    expect(blocked.body).toEqual({ message: tooMany })
    expect(blocked.headers.get('set-cookie')).toBeNull()
    const other = await createUser('reviewer')
    expect((await attempt(other.email, PASSWORD)).status).toBe(200)
  })

  it('counts failures per account whatever the case of the e-mail', async () => {
    const user = await createUser('reviewer')
    for (let i = 0; i < 5; i++) {
      const email = i % 2 ? user.email.toUpperCase() : user.email
      await attempt(email, 'fout')
    }
    expect((await attempt(user.email, PASSWORD)).status).toBe(429)
  })

  it('lets no more than 5 guesses through when 12 arrive at once', async () => {
    const user = await createUser('reviewer')
    const answers = await Promise.all(Array.from({ length: 12 }, () => attempt(user.email, 'fout')))
    const statuses = answers.map((a) => a.status).sort()
    expect(statuses.filter((s) => s === 401)).toHaveLength(5)
    expect(statuses.filter((s) => s === 429)).toHaveLength(7)
  })

  it('lets the account in again once the failures are older than 15 minutes', async () => {
    const user = await createUser('reviewer')
    for (let i = 0; i < 5; i++) await attempt(user.email, 'fout')
    await env.DB.prepare('UPDATE throttle_events SET at = ? WHERE key = ?')
      .bind(minutesFromNow(-16), `login:${user.email}`)
      .run()
    expect((await attempt(user.email, PASSWORD)).status).toBe(200)
  })

  it('forgets an account’s failures after a successful login', async () => {
    const user = await createUser('reviewer')
    for (let i = 0; i < 4; i++) await attempt(user.email, 'fout')
    expect((await attempt(user.email, PASSWORD)).status).toBe(200)
    for (let i = 0; i < 4; i++) await attempt(user.email, 'fout')
    expect((await attempt(user.email, PASSWORD)).status).toBe(200)
  })

  it('refuses an IP with 429 after 20 failures across accounts', async () => {
    const ip = uniqueIp()
    for (let i = 0; i < 20; i++) {
      const res = await attempt(`${unique('gok')}@example.org`, 'fout', ip)
      expect(res.status).toBe(401)
    }
    const user = await createUser('reviewer')
    const blocked = await attempt(user.email, PASSWORD, ip)
    expect(blocked.status).toBe(429)
    expect(blocked.body).toEqual({ message: tooMany })
    expect((await attempt(user.email, PASSWORD, uniqueIp())).status).toBe(200)
  })
})

describe('deactivation', () => {
  let admin: Session
  beforeAll(async () => {
    admin = await loginAs('admin')
  })

  it('ends every session of a user who is deactivated', async () => {
    const user = await createUser('coordinator')
    const [a, b] = [await login(user.email), await login(user.email)]
    const res = await api(`/users/${user.id}`, {
      cookie: admin.cookie,
      method: 'PUT',
      body: { active: false },
    })
    expect(res.status).toBe(200)
    expect(await sessionsOf(user.id)).toHaveLength(0)
    expect((await me(a)).status).toBe(401)
    expect((await me(b)).status).toBe(401)
    await api(`/users/${user.id}`, { cookie: admin.cookie, method: 'PUT', body: { active: true } })
    expect((await me(a)).status).toBe(401)
  })

  it('ends every session of a user whose password is reset, and the new one works', async () => {
    const user = await createUser('reviewer')
    const old = await login(user.email)
    const password = 'een-heel-nieuw-wachtwoord'
    const res = await api(`/users/${user.id}`, {
      cookie: admin.cookie,
      method: 'PUT',
      body: { password },
    })
    expect(res.status).toBe(200)
    expect((await me(old)).status).toBe(401)
    expect((await attempt(user.email, PASSWORD)).status).toBe(401)
    expect((await attempt(user.email, password)).status).toBe(200)
  })

  it('keeps the sessions of a user whose name changes', async () => {
    const user = await createUser('reviewer')
    const cookie = await login(user.email)
    await api(`/users/${user.id}`, { cookie: admin.cookie, method: 'PUT', body: { name: 'Nieuw' } })
    expect((await me(cookie)).body.name).toBe('Nieuw')
  })
})

describe('cross-site request forgery', () => {
  let admin: Session
  beforeAll(async () => {
    admin = await loginAs('admin')
  })
  const createNetworkWith = (headers: Record<string, string>) =>
    api('/networks', {
      cookie: admin.cookie,
      headers,
      body: { name: unique('Netwerk'), area: 'Oost', postcodes: [] },
    })

  it.each([
    ['a foreign Origin', { origin: 'https://kwaadwillend.example' }],
    ['an Origin on another port', { origin: 'http://localhost:8080' }],
    ['an opaque Origin', { origin: 'null' }],
    ['Sec-Fetch-Site: cross-site', { 'sec-fetch-site': 'cross-site' }],
    ['Sec-Fetch-Site: same-site', { 'sec-fetch-site': 'same-site' }],
  ])('refuses a cookie-authenticated write with %s with 403', async (_, headers) => {
    const before = await env.DB.prepare('SELECT count(*) AS n FROM networks').first('n')
    const res = await createNetworkWith(headers)
    expect(res.status).toBe(403)
    expect(res.body).toEqual({ message: 'Dit verzoek kwam niet van deze website en is geweigerd.' })
    expect(await env.DB.prepare('SELECT count(*) AS n FROM networks').first('n')).toBe(before)
  })

  it('refuses cross-site updates, deletes and logins too', async () => {
    const foreign = { origin: 'https://kwaadwillend.example' }
    const network = await createNetwork()
    const put = await api(`/networks/${network}`, {
      cookie: admin.cookie,
      method: 'PUT',
      headers: foreign,
      body: { area: 'Gekaapt' },
    })
    expect(put.status).toBe(403)
    const del = await api(`/networks/${network}`, {
      cookie: admin.cookie,
      method: 'DELETE',
      headers: foreign,
    })
    expect(del.status).toBe(403)
    const user = await createUser('reviewer')
    const loginRes = await api('/auth/login', {
      body: { email: user.email, password: PASSWORD },
      headers: foreign,
    })
    expect(loginRes.status).toBe(403)
  })

  it.each([
    ['its own Origin', { origin: 'http://localhost' }],
    ['Sec-Fetch-Site: same-origin', { 'sec-fetch-site': 'same-origin' }],
    ['Sec-Fetch-Site: none (typed by the user)', { 'sec-fetch-site': 'none' }],
    ['neither header (not a browser)', {}],
  ])('lets a write with %s through', async (_, headers) => {
    expect((await createNetworkWith(headers)).status).toBe(201)
  })

  it('lets cross-site reads through: they cannot change anything', async () => {
    const res = await api('/networks', {
      cookie: admin.cookie,
      headers: { origin: 'https://elders.example', 'sec-fetch-site': 'cross-site' },
    })
    expect(res.status).toBe(200)
  })
})

describe('without a session', () => {
  const resources = ['users', 'networks', 'members', 'plans', 'priorities', 'criteria', 'audit-log']
  const routes = resources.flatMap((r) => [
    ['GET', `/${r}`],
    ['GET', `/${r}/1`],
    ['POST', `/${r}`],
    ['PUT', `/${r}/1`],
    ['DELETE', `/${r}/1`],
  ])

  it.each(routes)('%s /api%s answers 401', async (method, path) => {
    const body = method === 'POST' || method === 'PUT' ? { name: 'x' } : undefined
    const res = await api(path, { method, body })
    expect(res.status).toBe(401)
    expect(res.body).toEqual({
      message: 'U bent niet ingelogd, of uw sessie is verlopen. Log opnieuw in.',
    })
  })

  it('answers 401 for unknown API paths too, so nothing about them leaks', async () => {
    expect((await api('/geheim')).status).toBe(401)
  })

  it('answers 404 for an unknown API path once logged in', async () => {
    const session = await loginAs('admin')
    const res = await api('/bestaat-niet', { cookie: session.cookie })
    expect(res.status).toBe(404)
    expect(res.body).toEqual({ message: 'Niet gevonden.' })
  })

  it('never leaves a trace of the session in cache', async () => {
    const user = await createUser('reviewer')
    const res = await attempt(user.email, PASSWORD)
    const mine = await me(cookieFrom(res))
    expect(mine.headers.get('cache-control')).toBe('no-store')
  })
})
