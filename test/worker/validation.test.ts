import { env } from 'cloudflare:workers'
import { beforeAll, describe, expect, it } from 'vitest'
import {
  type ApiResponse,
  type Session,
  addSeat,
  api,
  createCriterion,
  createNetwork,
  createPlan,
  createPriority,
  createUser,
  loginAs,
  row,
  unique,
} from './helpers'

let admin: Session
let network: number

beforeAll(async () => {
  network = await createNetwork()
  admin = await loginAs('admin', [network])
})

const post = (resource: string, body: unknown, headers?: Record<string, string>) =>
  api(`/${resource}`, { cookie: admin.cookie, body, headers })
const put = (resource: string, id: number, body: unknown, headers?: Record<string, string>) =>
  api(`/${resource}/${id}`, { cookie: admin.cookie, method: 'PUT', body, headers })
const del = (resource: string, id: number) =>
  api(`/${resource}/${id}`, { cookie: admin.cookie, method: 'DELETE' })

/** A valid plan without its network (tables are built before the network exists). */
const validPlan = () => ({
  year: 2026,
  title: unique('Jaarplan'),
  budgetCents: 5_000_000,
  opensOn: '2026-02-01',
  closesOn: '2026-10-31',
})
const planBody = () => ({ networkId: network, ...validPlan() })
const validUser = () => ({
  email: `${unique('nieuw')}@example.org`,
  name: 'Nieuwe gebruiker',
  role: 'reviewer',
  password: 'lang-genoeg-wachtwoord',
})

/** Asserts a 400 with an error on exactly the fields given. */
function expectFieldErrors(res: ApiResponse, fields: string[]) {
  expect(res.status, JSON.stringify(res.body)).toBe(400)
  expect(Object.keys(res.body.errors ?? {}).sort()).toEqual([...fields].sort())
  for (const field of fields) expect(res.body.errors[field]).toMatch(/\S/)
}

describe('create: bad input gives 400 with field errors', () => {
  it.each([
    ['users', { ...validUser(), name: undefined }, ['name']],
    ['users', { ...validUser(), email: 'geen-mail' }, ['email']],
    ['users', { ...validUser(), role: 'superuser' }, ['role']],
    ['users', { ...validUser(), password: 'kort' }, ['password']],
    ['users', { ...validUser(), active: 'ja' }, ['active']],
    ['networks', { name: '   ', area: 'Oost', postcodes: [] }, ['name']],
    ['networks', { name: unique(), area: 'Oost', postcodes: ['3811', '381'] }, ['postcodes.1']],
    ['networks', { name: unique(), area: 'Oost', postcodes: ['0381'] }, ['postcodes.0']],
    ['networks', { name: unique(), area: 'Oost', postcodes: ['3811AB'] }, ['postcodes.0']],
    ['networks', { name: unique(), area: 'Oost', postcodes: '3811' }, ['postcodes']],
    ['members', { networkId: 1, userId: 1, kind: 'gast' }, ['kind']],
    ['members', { kind: 'resident' }, ['networkId', 'userId']],
    ['plans', { ...validPlan(), title: undefined }, ['title']],
    ['plans', { ...validPlan(), budgetCents: -1 }, ['budgetCents']],
    ['plans', { ...validPlan(), budgetCents: 12.5 }, ['budgetCents']],
    ['plans', { ...validPlan(), budgetCents: '5000' }, ['budgetCents']],
    ['plans', { ...validPlan(), maxGrantCents: -100 }, ['maxGrantCents']],
    ['plans', { ...validPlan(), opensOn: '2026-02-30' }, ['opensOn']],
    ['plans', { ...validPlan(), opensOn: '01-02-2026' }, ['opensOn']],
    ['plans', { ...validPlan(), closesOn: '2026-13-01' }, ['closesOn']],
    ['plans', { ...validPlan(), year: 1999 }, ['year']],
    ['plans', { ...validPlan(), minScore: 101 }, ['minScore']],
    ['plans', { ...validPlan(), networkId: undefined }, ['networkId']],
    ['priorities', { planId: 1, title: '' }, ['title']],
    ['priorities', { title: 'Zonder plan' }, ['planId']],
    ['criteria', { planId: 1, title: 'Bereik', weight: 0 }, ['weight']],
    ['criteria', { planId: 1, title: 'Bereik', weight: 101 }, ['weight']],
    ['criteria', { planId: 1, title: 'Bereik', weight: 2.5 }, ['weight']],
    ['criteria', { planId: 1, title: 'Bereik', weight: 10, knockout: 'ja' }, ['knockout']],
  ])('%s %j', async (resource, body, fields) => {
    const before = await env.DB.prepare('SELECT count(*) AS n FROM audit_log').first('n')
    const payload = resource === 'plans' ? { networkId: network, ...body } : body
    expectFieldErrors(await post(resource, payload), fields)
    expect(await env.DB.prepare('SELECT count(*) AS n FROM audit_log').first('n')).toBe(before)
  })

  it('reports every bad field at once', async () => {
    const res = await post('plans', {})
    expectFieldErrors(res, ['networkId', 'year', 'title', 'budgetCents', 'opensOn', 'closesOn'])
  })

  it('refuses a closing date before the opening date on closesOn', async () => {
    const res = await post('plans', {
      ...planBody(),
      opensOn: '2026-06-01',
      closesOn: '2026-05-31',
    })
    expectFieldErrors(res, ['closesOn'])
    expect(res.body.errors.closesOn).toBe('De sluitingsdatum ligt vóór de openingsdatum.')
  })

  it('accepts opening and closing on the same day', async () => {
    const res = await post('plans', {
      ...planBody(),
      opensOn: '2026-06-01',
      closesOn: '2026-06-01',
    })
    expect(res.status).toBe(201)
  })

  it('refuses a plan in a network that does not exist on networkId', async () => {
    expectFieldErrors(await post('plans', { ...planBody(), networkId: 2_000_000_000 }), [
      'networkId',
    ])
  })

  it('refuses a seat for a network or user that does not exist', async () => {
    const user = await createUser('reviewer')
    const noNetwork = await post('members', {
      networkId: 2_000_000_000,
      userId: user.id,
      kind: 'resident',
    })
    expectFieldErrors(noNetwork, ['networkId'])
    const noUser = await post('members', {
      networkId: network,
      userId: 2_000_000_000,
      kind: 'resident',
    })
    expectFieldErrors(noUser, ['userId'])
  })

  it('refuses a second seat for the same user in the same network with 409', async () => {
    const user = await createUser('reviewer')
    const seat = { networkId: network, userId: user.id, kind: 'resident' }
    expect((await post('members', seat)).status).toBe(201)
    const again = await post('members', { ...seat, kind: 'professional' })
    expect(again.status).toBe(409)
    expect(again.body.message).toBe('Deze gebruiker heeft al een plek in dit netwerk.')
  })

  it('refuses a part of a plan that does not exist with 404', async () => {
    const res = await post('priorities', { planId: 2_000_000_000, title: 'Nergens' })
    expect(res.status).toBe(404)
  })

  it('refuses a duplicate user e-mail, whatever its case, on errors.email', async () => {
    const existing = await createUser('reviewer')
    const res = await post('users', { ...validUser(), email: existing.email.toUpperCase() })
    expectFieldErrors(res, ['email'])
    expect(res.body.errors.email).toBe('Er is al een gebruiker met dit e-mailadres.')
  })

  it('stores an e-mail address trimmed and in lower case', async () => {
    const email = `${unique('Hoofd')}@Example.ORG`
    const res = await post('users', { ...validUser(), email: `  ${email} ` })
    expect(res.status).toBe(201)
    expect(res.body.email).toBe(email.toLowerCase())
  })

  it('refuses a duplicate network name on errors.name, also when renaming', async () => {
    const name = unique('Netwerk')
    expect((await post('networks', { name, area: 'Oost', postcodes: [] })).status).toBe(201)
    expectFieldErrors(await post('networks', { name, area: 'West', postcodes: [] }), ['name'])
    const other = await post('networks', { name: unique('Netwerk'), area: 'Zuid', postcodes: [] })
    expectFieldErrors(await put('networks', other.body.id, { name }), ['name'])
    expect((await put('networks', other.body.id, { name: other.body.name })).status).toBe(200)
  })

  it('names the smallest whole number allowed for a positive id', async () => {
    const res = await post('members', { networkId: 0, userId: 0, kind: 'resident' })
    expectFieldErrors(res, ['networkId', 'userId'])
    expect(res.body.errors.networkId).toContain('minstens 1')
  })
})

describe('update: bad input gives 400 with field errors', () => {
  it('checks the fields sent', async () => {
    const plan = await createPlan(network)
    expectFieldErrors(await put('plans', plan, { budgetCents: -5 }), ['budgetCents'])
    expectFieldErrors(await put('plans', plan, { status: 'archived' }), ['status'])
    expectFieldErrors(await put('plans', plan, { title: '' }), ['title'])
    const criterion = await createCriterion(plan, 10)
    expectFieldErrors(await put('criteria', criterion, { weight: 101 }), ['weight'])
    expectFieldErrors(await put('criteria', criterion, { weight: 0 }), ['weight'])
    const net = await createNetwork()
    expectFieldErrors(await put('networks', net, { postcodes: ['12'] }), ['postcodes.0'])
    const seat = await addSeat(net, (await createUser('reviewer')).id)
    expectFieldErrors(await put('members', seat, { kind: 'gast' }), ['kind'])
    expect((await row('plans', plan))?.budget_cents).toBe(10_000_000)
  })

  it('checks the dates against the stored one when only one is sent', async () => {
    const plan = await createPlan(network) // open 2026-01-01, close 2026-12-31
    expectFieldErrors(await put('plans', plan, { opensOn: '2027-01-01' }), ['closesOn'])
    expectFieldErrors(await put('plans', plan, { closesOn: '2025-12-31' }), ['closesOn'])
    expect((await put('plans', plan, { closesOn: '2026-01-01' })).status).toBe(200)
  })

  it("refuses another user's e-mail on errors.email, but keeps one's own", async () => {
    const [a, b] = [await createUser('reviewer'), await createUser('reviewer')]
    expectFieldErrors(await put('users', a.id, { email: b.email }), ['email'])
    const own = await put('users', a.id, { email: a.email.toUpperCase(), name: 'Andere naam' })
    expect(own.status).toBe(200)
    expect(own.body.email).toBe(a.email)
  })

  it('refuses a ceiling below what is already awarded, naming the amount', async () => {
    const plan = await createPlan(network)
    await env.DB.prepare('UPDATE plans SET awarded_cents = 123456 WHERE id = ?').bind(plan).run()
    const res = await put('plans', plan, { budgetCents: 123455 })
    expectFieldErrors(res, ['budgetCents'])
    expect(res.body.errors.budgetCents).toContain('1.234,56')
    expect((await put('plans', plan, { budgetCents: 123456 })).status).toBe(200)
  })

  it('answers 404 for ids that are not positive whole numbers', async () => {
    for (const id of ['abc', '0', '-1', '1.5', '99999999999999999999']) {
      const res = await api(`/plans/${id}`, { cookie: admin.cookie })
      expect(res.status, id).toBe(404)
    }
  })
})

describe('unknown fields', () => {
  it('are ignored on create, also fields the server derives', async () => {
    const res = await post('networks', {
      name: unique('Netwerk'),
      area: 'Noord',
      postcodes: ['3811'],
      id: 987654,
      memberCount: 99,
      residentCount: 50,
      mayDecide: true,
      kleur: 'blauw',
    })
    expect(res.status).toBe(201)
    expect(res.body.id).not.toBe(987654)
    expect(res.body).toMatchObject({ memberCount: 0, residentCount: 0, mayDecide: false })
    expect(res.body).not.toHaveProperty('kleur')
  })

  it('are ignored on update: a plan keeps its network, awards and status rules', async () => {
    const other = await createNetwork()
    const plan = await createPlan(network)
    const res = await put('plans', plan, {
      title: 'Nieuwe titel',
      networkId: other,
      awardedCents: 999,
      budgetRemainingCents: 1,
      weightTotal: 100,
    })
    expect(res.status).toBe(200)
    expect(res.body).toMatchObject({
      title: 'Nieuwe titel',
      networkId: network,
      awardedCents: 0,
      weightTotal: 0,
    })
  })

  it('cannot set a password hash directly', async () => {
    const res = await post('users', { ...validUser(), passwordHash: 'pbkdf2-sha256$1$AA==$AA==' })
    expect(res.status).toBe(201)
    const stored = await row('users', res.body.id)
    expect(stored?.password_hash).toMatch(/^pbkdf2-sha256\$100000\$/)
    await put('users', res.body.id, { passwordHash: 'x' })
    expect((await row('users', res.body.id))?.password_hash).toBe(stored?.password_hash)
  })

  it('cannot move a seat to another network or user', async () => {
    const user = await createUser('reviewer')
    const seat = await addSeat(network, user.id)
    const res = await put('members', seat, { networkId: await createNetwork(), userId: 1 })
    expect(res.status).toBe(200)
    expect(res.body).toMatchObject({ networkId: network, userId: user.id })
  })
})

describe('language', () => {
  it('answers in Dutch by default', async () => {
    const res = await post('criteria', { planId: 1, title: '', weight: 101 })
    expect(res.body).toEqual({
      message: 'Niet alle velden zijn goed ingevuld.',
      errors: { title: 'Vul dit veld in.', weight: 'Vul een getal van hoogstens 100 in.' },
    })
  })

  it('answers in English for Accept-Language: en', async () => {
    const en = { 'accept-language': 'en-GB,en;q=0.9' }
    const res = await post('criteria', { planId: 1, title: '', weight: 0 }, en)
    expect(res.body).toEqual({
      message: 'Some fields are not filled in correctly.',
      errors: { title: 'Please fill in this field.', weight: 'Enter a number of at least 1.' },
    })
    const dates = await post('plans', { ...planBody(), closesOn: '2020-01-01' }, en)
    expect(dates.body.errors).toEqual({ closesOn: 'The closing date is before the opening date.' })
    const postcode = await post('networks', { name: 'x', area: 'y', postcodes: ['1'] }, en)
    expect(postcode.body.errors).toEqual({
      'postcodes.0': 'Enter a 4-digit postcode area, like 3811.',
    })
    const date = await post('plans', { ...planBody(), opensOn: 'morgen' }, en)
    expect(date.body.errors).toEqual({ opensOn: 'Enter a date as YYYY-MM-DD.' })
    const missing = await api('/plans/999999999', { cookie: admin.cookie, headers: en })
    expect(missing.body).toEqual({ message: 'Not found.' })
  })
})

describe('request bodies', () => {
  it.each(['{"name": ', 'name=Oost', ''])('refuses %j on create with 400', async (body) => {
    const res = await api('/networks', { cookie: admin.cookie, method: 'POST', body })
    expect(res.status).toBe(400)
    expect(res.body).toEqual({ message: 'Het verzoek is niet goed leesbaar.' })
  })

  it.each(['application/x-www-form-urlencoded', 'text/plain', 'multipart/form-data'])(
    'refuses a write sent as %s with 400, even when the body is JSON',
    async (contentType) => {
      const body = JSON.stringify({ name: unique('Netwerk'), area: 'Oost', postcodes: [] })
      const res = await api('/networks', {
        cookie: admin.cookie,
        method: 'POST',
        body,
        headers: { 'content-type': contentType },
      })
      expect(res.status).toBe(400)
    },
  )

  it('refuses a non-JSON body on update with 400', async () => {
    const plan = await createPlan(network)
    const res = await api(`/plans/${plan}`, { cookie: admin.cookie, method: 'PUT', body: '{x' })
    expect(res.status).toBe(400)
  })

  it.each([
    ['an array', [1]],
    ['null', null],
    ['a string', 'Oost'],
  ])('refuses %s as the record with 400', async (_, body) => {
    const res = await api('/networks', {
      cookie: admin.cookie,
      method: 'POST',
      body: JSON.stringify(body),
    })
    expect(res.status).toBe(400)
    expect(res.body.message).toBe('Niet alle velden zijn goed ingevuld.')
  })

  /** A valid network body of exactly `bytes` bytes, padded with an ignored field. */
  function networkOfSize(bytes: number): string {
    const base = JSON.stringify({ name: unique('Groot'), area: 'Zuid', postcodes: [], pad: '' })
    return base.replace('"pad":""', `"pad":"${'x'.repeat(bytes - base.length)}"`)
  }

  it('accepts a body of exactly 256 KiB and refuses one byte more with 413', async () => {
    const limit = 256 * 1024
    const atLimit = networkOfSize(limit)
    expect(atLimit.length).toBe(limit)
    expect((await post('networks', atLimit)).status).toBe(201)
    const over = await post('networks', networkOfSize(limit + 1))
    expect(over.status).toBe(413)
    expect(over.body).toEqual({ message: 'Het verzoek is te groot.' })
  })
})

describe('optimistic concurrency', () => {
  it('refuses a PUT with a stale updatedAt with 409 and keeps the newer value', async () => {
    const plan = await createPlan(network)
    const read = (await api(`/plans/${plan}`, { cookie: admin.cookie })).body
    const first = await put('plans', plan, { ...read, title: 'Eerste' })
    expect(first.status).toBe(200)
    expect(first.body.updatedAt).not.toBe(read.updatedAt)
    const second = await put('plans', plan, { ...read, title: 'Tweede' })
    expect(second.status).toBe(409)
    expect(second.body.message).toBe(
      'Iemand anders heeft dit intussen gewijzigd. Laad de pagina opnieuw.',
    )
    expect((await row('plans', plan))?.title).toBe('Eerste')
    const retry = await put('plans', plan, { ...first.body, title: 'Tweede' })
    expect(retry.status).toBe(200)
  })

  it('accepts a PUT without updatedAt (last write wins for clients that do not send it)', async () => {
    const plan = await createPlan(network)
    expect((await put('plans', plan, { title: 'Zonder versie' })).status).toBe(200)
  })
})

describe('plan status', () => {
  const setStatus = (plan: number, status: string) => put('plans', plan, { status })

  it('refuses to open a plan without priorities or criteria with 409', async () => {
    const plan = await createPlan(network)
    const res = await put('plans', plan, { status: 'open' }, { 'accept-language': 'en' })
    expect(res.status).toBe(409)
    expect(res.body.message).toBe(
      'The criteria weights add up to 0; they must add up to exactly 100.',
    )
    expect((await row('plans', plan))?.status).toBe('draft')
  })

  it('refuses to open when the weights do not add up to 100', async () => {
    const plan = await createPlan(network)
    await createPriority(plan)
    await createCriterion(plan, 60)
    await createCriterion(plan, 30)
    const res = await setStatus(plan, 'open')
    expect(res.status).toBe(409)
    expect(res.body.message).toContain('90')
    await createCriterion(plan, 11)
    expect((await setStatus(plan, 'open')).body.message).toContain('101')
  })

  it('refuses to open without priorities', async () => {
    const plan = await createPlan(network)
    await createCriterion(plan, 100)
    const res = await setStatus(plan, 'open')
    expect(res.status).toBe(409)
    expect(res.body.message).toBe('Het jaarplan heeft nog geen prioriteiten.')
  })

  it('opens a complete plan, closes it and reopens it', async () => {
    const plan = await createPlan(network)
    await createPriority(plan)
    await createCriterion(plan, 70)
    await createCriterion(plan, 30)
    const opened = await setStatus(plan, 'open')
    expect(opened.status).toBe(200)
    expect(opened.body).toMatchObject({ status: 'open', weightTotal: 100, priorityCount: 1 })
    expect((await setStatus(plan, 'closed')).body.status).toBe('closed')
    expect((await setStatus(plan, 'open')).body.status).toBe('open')
    const back = await setStatus(plan, 'draft')
    expect(back.status).toBe(409)
    expect(back.body.message).toBe('Een jaarplan met status "open" kan niet naar "concept".')
  })

  it('refuses to close a draft', async () => {
    const plan = await createPlan(network)
    expect((await setStatus(plan, 'closed')).status).toBe(409)
  })
})

describe('a published plan is fixed', () => {
  it.each(['open', 'closed'] as const)(
    'refuses creating, changing and deleting priorities and criteria of a %s plan',
    async (status) => {
      const plan = await createPlan(network, { status })
      const priority = await createPriority(plan)
      const criterion = await createCriterion(plan, 100)
      const attempts = [
        await post('priorities', { planId: plan, title: 'Nog een' }),
        await post('criteria', { planId: plan, title: 'Nog een', weight: 1 }),
        await put('priorities', priority, { title: 'Anders' }),
        await put('criteria', criterion, { weight: 50 }),
        await del('priorities', priority),
        await del('criteria', criterion),
      ]
      for (const res of attempts) {
        expect(res.status).toBe(409)
        expect(res.body.message).toContain('gepubliceerd')
      }
      expect((await row('criteria', criterion))?.weight).toBe(100)
      expect(await row('priorities', priority)).not.toBeNull()
    },
  )

  it('refuses deleting an open or closed plan with 409, deletes a draft with its parts', async () => {
    for (const status of ['open', 'closed'] as const) {
      const plan = await createPlan(network, { status })
      const res = await del('plans', plan)
      expect(res.status).toBe(409)
      expect(res.body.message).toBe(
        'Alleen een jaarplan dat nog concept is, kan worden verwijderd.',
      )
      expect(await row('plans', plan)).not.toBeNull()
    }
    const draft = await createPlan(network)
    const priority = await createPriority(draft)
    const criterion = await createCriterion(draft, 40)
    const res = await del('plans', draft)
    expect(res.status).toBe(200)
    expect(res.body.id).toBe(draft)
    expect(await row('plans', draft)).toBeNull()
    expect(await row('priorities', priority)).toBeNull()
    expect(await row('criteria', criterion)).toBeNull()
  })
})

describe('deleting what is still in use', () => {
  it('refuses a network with members with 409, not 500', async () => {
    const net = await createNetwork()
    await addSeat(net, (await createUser('reviewer')).id)
    const res = await del('networks', net)
    expect(res.status).toBe(409)
    expect(res.body).toEqual({
      message: 'Dit wordt nog gebruikt en kan daarom niet worden verwijderd.',
    })
    expect(await row('networks', net)).not.toBeNull()
  })

  it('refuses a network with plans with 409', async () => {
    const net = await createNetwork()
    await createPlan(net)
    expect((await del('networks', net)).status).toBe(409)
  })

  it('deletes an unused network', async () => {
    const net = await createNetwork()
    expect((await del('networks', net)).status).toBe(200)
    expect(await row('networks', net)).toBeNull()
  })

  it('refuses a user who holds a seat with 409', async () => {
    const user = await createUser('reviewer')
    await addSeat(network, user.id)
    expect((await del('users', user.id)).status).toBe(409)
    expect(await row('users', user.id)).not.toBeNull()
  })
})

describe('an admin cannot lock themselves out', () => {
  it('refuses removing their own admin role or deactivating themselves with 409', async () => {
    const self = await loginAs('admin')
    const asSelf = (body: unknown) =>
      api(`/users/${self.user.id}`, { cookie: self.cookie, method: 'PUT', body })
    expect((await asSelf({ role: 'coordinator' })).status).toBe(409)
    expect((await asSelf({ active: false })).status).toBe(409)
    expect(await row('users', self.user.id)).toMatchObject({ role: 'admin', active: 1 })
    expect((await asSelf({ name: 'Nieuwe naam', role: 'admin' })).status).toBe(200)
  })

  it('refuses deleting their own account with 409', async () => {
    const self = await loginAs('admin')
    const res = await api(`/users/${self.user.id}`, { cookie: self.cookie, method: 'DELETE' })
    expect(res.status).toBe(409)
    expect(await row('users', self.user.id)).not.toBeNull()
    expect((await api('/auth/me', { cookie: self.cookie })).status).toBe(200)
  })

  it('may delete another admin without seats', async () => {
    const other = await createUser('admin')
    expect((await del('users', other.id)).status).toBe(200)
    expect(await row('users', other.id)).toBeNull()
  })
})

describe("a network's make-up", () => {
  it('recounts members and residents on every seat write and derives the resident share', async () => {
    const net = await createNetwork()
    const seat = (userId: number, kind: string) => post('members', { networkId: net, userId, kind })
    const show = async () => (await api(`/networks/${net}`, { cookie: admin.cookie })).body
    expect(await show()).toMatchObject({ memberCount: 0, residentShare: null, mayDecide: false })

    const resident = await seat((await createUser('reviewer')).id, 'resident')
    const professional = await seat((await createUser('reviewer')).id, 'professional')
    await seat((await createUser('reviewer')).id, 'professional')
    expect(await show()).toMatchObject({
      memberCount: 3,
      residentCount: 1,
      residentShare: 33.3,
      mayDecide: false,
    })

    await put('members', professional.body.id, { kind: 'resident' })
    expect(await show()).toMatchObject({ residentCount: 2, residentShare: 66.7, mayDecide: true })

    await del('members', resident.body.id)
    expect(await show()).toMatchObject({
      memberCount: 2,
      residentCount: 1,
      residentShare: 50,
      mayDecide: true,
    })
  })
})

describe('partial updates and cleared inputs', () => {
  it('changes only the fields sent', async () => {
    const plan = await createPlan(network)
    const priority = await post('priorities', {
      planId: plan,
      title: 'Titel',
      description: 'Beschrijving',
      position: 3,
    })
    const res = await put('priorities', priority.body.id, { title: 'Nieuwe titel' })
    expect(res.body).toMatchObject({
      title: 'Nieuwe titel',
      description: 'Beschrijving',
      position: 3,
    })
  })

  it('accepts null, as react-admin sends for a cleared input', async () => {
    const plan = await createPlan(network)
    const priority = await post('priorities', { planId: plan, title: 'T', description: 'Weg' })
    const cleared = await put('priorities', priority.body.id, { description: null, position: null })
    expect(cleared.status).toBe(200)
    expect(cleared.body).toMatchObject({ description: '', position: 0 })
    const kept = await put('plans', plan, { maxGrantCents: null, minScore: null })
    expect(kept.status).toBe(200)
    expect(kept.body).toMatchObject({ maxGrantCents: 500_000, minScore: 60 })
    const created = await post('plans', { ...planBody(), maxGrantCents: null, minScore: null })
    expect(created.status).toBe(201)
    expect(created.body).toMatchObject({ maxGrantCents: 500_000, minScore: 60 })
  })
})
