import { env } from 'cloudflare:workers'
import { beforeAll, describe, expect, it } from 'vitest'
import {
  type OpenPlan,
  type Role,
  type Session,
  TEST_IBAN,
  addSeat,
  api,
  apiRaw,
  applyFor,
  auditOf,
  createApplicationRow,
  createAttachmentRow,
  createAwardedApplicationRow,
  createBatchRow,
  createCriterion,
  createNetwork,
  createOpenPlan,
  createPayoutRow,
  createPlan,
  createPriority,
  createUser,
  eligibleApplication,
  loginAs,
  pdfBytes,
  setApplicationStatus,
  uploadAttachment,
} from './helpers'

// A record's history (GET /api/<resource>/:id/history), personal data masked per role in it and
// in the audit log, and whole IBANs shown only through a reveal that is itself logged.

const MASKED_IBAN = 'NL91 **** 4300'

const history = (session: Session, resource: string, id: number, query = {}) =>
  api(`/${resource}/${id}/history`, { cookie: session.cookie, query })

interface Entry {
  id: number
  at: string
  actorType: string
  actorId: number | null
  actorName: string | null
  action: string
  entity: string
  entityId: number
  changes: Record<string, unknown> | null
}

/** An audit entry stored directly, as a writer elsewhere would store it. */
async function insertEntry(
  entity: string,
  entityId: number,
  networkId: number | null,
  changes: Record<string, unknown> | null = null,
): Promise<number> {
  const entry = await env.DB.prepare(
    `INSERT INTO audit_log (actor_type, actor_id, action, entity, entity_id, network_id, changes)
      VALUES ('system', NULL, 'update', ?, ?, ?, ?) RETURNING id`,
  )
    .bind(entity, entityId, networkId, changes && JSON.stringify(changes))
    .first<{ id: number }>()
  return entry!.id
}

const auditCount = async () =>
  Number(await env.DB.prepare('SELECT count(*) AS n FROM audit_log').first<number>('n'))

/** Insert a row and answer its id. */
async function insertRow(query: string, ...values: unknown[]): Promise<number> {
  const row = await env.DB.prepare(`${query} RETURNING id`)
    .bind(...values)
    .first<{ id: number }>()
  return row!.id
}

describe("a record's history", () => {
  let admin: Session
  beforeAll(async () => {
    admin = await loginAs('admin')
  })

  it('lists a plan’s entries and its priorities’ and criteria’s, newest first, old → new', async () => {
    const network = await createNetwork()
    const created = await api('/plans', {
      cookie: admin.cookie,
      body: {
        networkId: network,
        year: 2026,
        title: 'Oud',
        budgetCents: 100_000,
        opensOn: '2026-01-01',
        closesOn: '2026-12-31',
      },
    })
    const plan: number = created.body.id
    await api(`/plans/${plan}`, { cookie: admin.cookie, method: 'PUT', body: { title: 'Nieuw' } })
    const priority = await api('/priorities', {
      cookie: admin.cookie,
      body: { planId: plan, title: 'Ontmoeting' },
    })
    const unrelated = await createPlan(network)
    await api(`/plans/${unrelated}`, { cookie: admin.cookie, method: 'PUT', body: { title: 'x' } })

    const res = await history(admin, 'plans', plan)
    expect(res.status).toBe(200)
    expect(res.headers.get('content-range')).toBe('history 0-2/3')
    const entries: Entry[] = res.body
    expect(entries.map((e) => [e.entity, e.action])).toEqual([
      ['priorities', 'create'],
      ['plans', 'update'],
      ['plans', 'create'],
    ])
    expect(entries[0].entityId).toBe(priority.body.id)
    expect(entries[1]).toMatchObject({
      actorType: 'user',
      actorId: admin.user.id,
      actorName: admin.user.name,
      entityId: plan,
      changes: { title: ['Oud', 'Nieuw'] },
    })
    expect(entries[2].changes).toMatchObject({ title: 'Oud', budgetCents: 100_000 })
  })

  it('names the applicant and the system as such, without a name', async () => {
    const plan = await createOpenPlan()
    const app = await applyFor(plan, { submit: true })
    await insertEntry('applications', app.id, plan.networkId)
    const entries: Entry[] = (await history(admin, 'applications', app.id)).body
    expect(entries.map((e) => [e.actorType, e.actorId, e.actorName, e.action])).toEqual([
      ['system', null, null, 'update'],
      ['applicant', app.id, null, 'submit'],
    ])
  })

  it('includes an application’s attachments, payouts and bank changes', async () => {
    const plan = await createOpenPlan()
    const app = await applyFor(plan, { submit: true })
    const coordinator = await loginAs('coordinator', [plan.networkId])
    await api(`/applications/${app.id}/request-info`, {
      cookie: coordinator.cookie,
      body: { message: 'Graag de offerte.' },
    })
    const upload = await uploadAttachment(app.token, pdfBytes(), 'offerte.pdf', { kind: 'quote' })
    expect(upload.status, JSON.stringify(upload.body)).toBe(201)
    await setApplicationStatus(app.id, 'awarded')
    const payout = await createPayoutRow(plan.networkId, { applicationId: app.id })
    await insertEntry('payouts', payout, plan.networkId)
    const finance = await loginAs('finance')
    const change = await api('/bank-changes', {
      cookie: finance.cookie,
      body: { applicationId: app.id, iban: 'BE68539007547034', accountHolder: 'De Linde' },
    })
    expect(change.status).toBe(201)
    const other = await createPayoutRow(plan.networkId)
    await insertEntry('payouts', other, plan.networkId)

    const subjects = (entries: Entry[]) => entries.map((e) => `${e.entity}:${e.action}`)
    expect(subjects((await history(admin, 'applications', app.id)).body)).toEqual([
      'bank-changes:request',
      'payouts:update',
      'attachments:create',
      'applications:request-info',
      'applications:submit',
    ])
    // Coordinators read no bank changes; finance reads no attachments' history.
    expect(subjects((await history(coordinator, 'applications', app.id)).body)).toEqual([
      'payouts:update',
      'attachments:create',
      'applications:request-info',
      'applications:submit',
    ])
    expect(subjects((await history(finance, 'applications', app.id)).body)).toEqual([
      'bank-changes:request',
      'payouts:update',
      'applications:request-info',
      'applications:submit',
    ])
  })

  it('shows a coordinator a batch’s payouts of their own networks only', async () => {
    const [own, other] = [await createNetwork(), await createNetwork()]
    const payouts = [await createPayoutRow(own), await createPayoutRow(other)]
    const batch = await createBatchRow(payouts)
    const entries = [await insertEntry('payouts', payouts[0], own)]
    entries.push(await insertEntry('payouts', payouts[1], other))
    const coordinator = await loginAs('coordinator', [own])
    const ids = async (session: Session) =>
      (await history(session, 'payout-batches', batch)).body.map((e: Entry) => e.id)
    expect(await ids(coordinator)).toEqual([entries[0]])
    expect(await ids(admin)).toEqual([entries[1], entries[0]])
  })

  it('follows the list protocol: range, sort, a filter on the action, 400 on the unknown', async () => {
    const network = await createNetwork()
    const plan = await createPlan(network)
    const entries = []
    for (let i = 0; i < 3; i++) entries.push(await insertEntry('plans', plan, network))
    const page = await history(admin, 'plans', plan, { range: [1, 1] })
    expect(page.headers.get('content-range')).toBe('history 1-1/3')
    expect(page.body.map((e: Entry) => e.id)).toEqual([entries[1]])
    const oldest = await history(admin, 'plans', plan, { sort: ['id', 'ASC'], range: [0, 0] })
    expect(oldest.body.map((e: Entry) => e.id)).toEqual([entries[0]])
    const creates = await history(admin, 'plans', plan, { filter: { action: 'create' } })
    expect(creates.body).toEqual([])
    for (const query of [{ sort: ['changes', 'ASC'] }, { filter: { entity: 'users' } }]) {
      expect((await history(admin, 'plans', plan, query)).status, JSON.stringify(query)).toBe(400)
    }
  })

  it('answers 404 for a record that is not there, and 401 without a session', async () => {
    expect((await history(admin, 'plans', 999_999_999)).status).toBe(404)
    expect((await history(admin, 'plans', 0)).status).toBe(404)
    expect((await api(`/plans/1/history`)).status).toBe(401)
    expect((await api(`/audit-log/1/history`, { cookie: admin.cookie })).status).toBe(404)
  })
})

describe('who reads which history', () => {
  type Outcome = 'ok' | 'own' | 403
  interface Target {
    /** A record in the network, with one audit entry about it. */
    create(networkId: number): Promise<number>
    readers: Record<Role, Outcome>
  }
  const staff = { admin: 'ok', coordinator: 'own', reviewer: 403, finance: 403 } as const
  const payments = { admin: 'ok', coordinator: 'own', reviewer: 403, finance: 'ok' } as const

  const awarded = (networkId: number) => createAwardedApplicationRow(networkId)
  const targets: Record<string, Target> = {
    users: {
      create: async (networkId) => {
        const user = await createUser('reviewer')
        await addSeat(networkId, user.id)
        return user.id
      },
      readers: staff,
    },
    networks: { create: async (networkId) => networkId, readers: staff },
    members: {
      create: async (networkId) => addSeat(networkId, (await createUser('reviewer')).id),
      readers: staff,
    },
    plans: { create: (networkId) => createPlan(networkId), readers: staff },
    priorities: {
      create: async (networkId) => createPriority(await createPlan(networkId)),
      readers: staff,
    },
    criteria: {
      create: async (networkId) => createCriterion(await createPlan(networkId), 10),
      readers: staff,
    },
    applications: { create: awarded, readers: payments },
    attachments: {
      create: async (networkId) => createAttachmentRow(await awarded(networkId)),
      readers: staff,
    },
    reviews: {
      create: async (networkId) =>
        insertRow(
          'INSERT INTO reviews (application_id, network_id, reviewer_id) VALUES (?, ?, ?)',
          await createApplicationRow(networkId),
          networkId,
          (await createUser('reviewer')).id,
        ),
      readers: staff,
    },
    decisions: {
      create: async (networkId) =>
        insertRow(
          `INSERT INTO decisions (application_id, network_id, plan_id, outcome, amount_cents,
            motivation, decided_on, objection_deadline, votes_for, votes_against, abstentions,
            decided_by)
            SELECT id, network_id, plan_id, 'rejected', 0, 'Past niet', '2026-11-01',
              '2026-12-13', 3, 0, 0, ? FROM applications WHERE id = ?`,
          (await createUser('coordinator')).id,
          await createApplicationRow(networkId, { status: 'rejected' }),
        ),
      readers: staff,
    },
    reports: {
      create: async (networkId) =>
        insertRow(
          `INSERT INTO reports (application_id, network_id, narrative, participants_reached,
            actual_costs_cents, submitted_at) VALUES (?, ?, 'Het ging goed', 30, 40000, ?)`,
          await awarded(networkId),
          networkId,
          new Date().toISOString(),
        ),
      readers: staff,
    },
    payouts: { create: (networkId) => createPayoutRow(networkId), readers: payments },
    'payout-batches': {
      create: async (networkId) => createBatchRow([await createPayoutRow(networkId)]),
      readers: payments,
    },
    'bank-changes': {
      create: async (networkId) =>
        insertRow(
          `INSERT INTO bank_changes (application_id, network_id, iban, account_holder,
            requested_by) VALUES (?, ?, ?, 'De Linde', ?)`,
          await awarded(networkId),
          networkId,
          TEST_IBAN,
          (await createUser('finance')).id,
        ),
      readers: { admin: 'ok', coordinator: 403, reviewer: 403, finance: 'ok' },
    },
  }

  let own: number
  let other: number
  const sessions = {} as Record<Role, Session>
  beforeAll(async () => {
    ;[own, other] = [await createNetwork(), await createNetwork()]
    for (const role of ['admin', 'coordinator', 'reviewer', 'finance'] as const) {
      sessions[role] = await loginAs(role, [own])
    }
  })

  const cases = Object.entries(targets).flatMap(([resource, target]) =>
    (['admin', 'coordinator', 'reviewer', 'finance'] as const).flatMap((role) =>
      (['own', 'other'] as const).map((scope) => {
        const rule = target.readers[role]
        const expected = rule === 'own' ? (scope === 'own' ? 200 : 404) : rule === 'ok' ? 200 : 403
        return [resource, role, scope, expected] as const
      }),
    ),
  )

  it.each(cases)('%s by %s in the %s network → %s', async (resource, role, scope, expected) => {
    const networkId = scope === 'own' ? own : other
    const id = await targets[resource].create(networkId)
    const entry = await insertEntry(resource, id, resource === 'payout-batches' ? null : networkId)
    const res = await history(sessions[role], resource, id)
    expect(res.status, JSON.stringify(res.body)).toBe(expected)
    if (expected === 200) expect(res.body.map((e: Entry) => e.id)).toContain(entry)
    else expect(JSON.stringify(res.body)).not.toContain('"changes"')
  })

  it('keeps applications that are not awarded from finance', async () => {
    const app = await createApplicationRow(own, { status: 'submitted' })
    await insertEntry('applications', app, own)
    expect((await history(sessions.finance, 'applications', app)).status).toBe(404)
  })
})

/** Personal data in a way that a search of a whole answer finds it. */
const PERSONAL = {
  contactName: 'Fatima el Amrani',
  email: 'fatima.el.amrani@example.org',
  phone: '06 98765432',
  iban: 'NL91 ABNA 0417 1643 00',
  accountHolder: 'Stichting Rekening Linde',
}
const CONTACT_TEXTS = [PERSONAL.contactName, PERSONAL.email, PERSONAL.phone, 'nieuw@example.org']

describe('personal data in a history', () => {
  let plan: OpenPlan
  let appId: number
  const sessions = {} as Record<'admin' | 'coordinator' | 'finance', Session>

  beforeAll(async () => {
    plan = await createOpenPlan()
    const app = await applyFor(plan, PERSONAL)
    const edited = await api(`/public/applications/${app.token}`, {
      method: 'PUT',
      body: eligibleApplication(plan, {
        ...PERSONAL,
        email: 'nieuw@example.org',
        title: app.title,
      }),
    })
    expect(edited.status, JSON.stringify(edited.body)).toBe(200)
    await setApplicationStatus(app.id, 'awarded')
    appId = app.id
    sessions.admin = await loginAs('admin')
    sessions.coordinator = await loginAs('coordinator', [plan.networkId])
    sessions.finance = await loginAs('finance')
    const second = await loginAs('finance')
    const change = await api('/bank-changes', {
      cookie: sessions.finance.cookie,
      body: { applicationId: app.id, iban: 'BE68539007547034', accountHolder: 'De Linde' },
    })
    await api(`/bank-changes/${change.body.id}/approve`, { cookie: second.cookie, method: 'POST' })
  })

  const read = async (role: keyof typeof sessions) => {
    const res = await history(sessions[role], 'applications', appId)
    expect(res.status).toBe(200)
    const entries: Entry[] = res.body
    return {
      text: JSON.stringify(entries),
      created: entries.find((e) => e.action === 'create')!.changes!,
      edited: entries.find((e) => e.action === 'update' && e.changes?.email)!.changes!,
      account: entries.find((e) => e.changes?.bankAccount)!.changes!,
    }
  }

  it('shows admins contact data and the account holder, never a whole IBAN', async () => {
    const { text, created, edited, account } = await read('admin')
    expect(created).toMatchObject({ ...PERSONAL, iban: '***' })
    expect(edited.email).toEqual([PERSONAL.email, 'nieuw@example.org'])
    expect(account).toEqual({ bankAccount: { iban: 'BE68 **** 7034', accountHolder: 'De Linde' } })
    for (const iban of ['0417164300', '0417 1643 00', '539007547034']) {
      expect(text).not.toContain(iban)
    }
  })

  it('shows coordinators contact data and the account holder, the IBAN masked', async () => {
    const { created, edited, account } = await read('coordinator')
    expect(created).toMatchObject({ ...PERSONAL, iban: '***' })
    expect(edited.email).toEqual([PERSONAL.email, 'nieuw@example.org'])
    expect(account).toEqual({ bankAccount: { iban: 'BE68 **** 7034', accountHolder: 'De Linde' } })
  })

  it('hides contact data from finance, old and new, and keeps the account holder', async () => {
    const { text, created, edited, account } = await read('finance')
    expect(created).toMatchObject({
      contactName: '***',
      email: '***',
      phone: '***',
      accountHolder: PERSONAL.accountHolder,
    })
    expect(edited.email).toEqual(['***', '***'])
    expect(account).toEqual({ bankAccount: { iban: 'BE68 **** 7034', accountHolder: 'De Linde' } })
    for (const contact of CONTACT_TEXTS) expect(text).not.toContain(contact)
  })
})

describe('personal data in the audit log', () => {
  let networkId: number
  let entry: number
  const changes = {
    email: ['oud@example.org', 'nieuw@example.org'],
    iban: TEST_IBAN,
    accountHolder: 'De Linde',
  }

  beforeAll(async () => {
    networkId = await createNetwork()
    // Finance reads payout entries; a writer that logged contact data and a whole IBAN there.
    entry = await insertEntry('payouts', await createPayoutRow(networkId), networkId, changes)
  })

  const readAs = async (session: Session) => {
    const listed = await api('/audit-log', {
      cookie: session.cookie,
      query: { filter: { id: [entry] } },
    })
    const shown = await api(`/audit-log/${entry}`, { cookie: session.cookie })
    expect(shown.status).toBe(200)
    expect(listed.body).toEqual([shown.body])
    return shown.body.changes
  }

  it.each([
    ['admin', { ...changes, iban: MASKED_IBAN }],
    ['coordinator', { ...changes, iban: MASKED_IBAN }],
    ['finance', { ...changes, email: ['***', '***'], iban: MASKED_IBAN }],
  ] as const)('masks it for %s as the history does', async (role, expected) => {
    const session = await loginAs(role, [networkId])
    expect(await readAs(session)).toEqual(expected)
  })

  it('lets finance read the log of bank changes too, still no other application data', async () => {
    const finance = await loginAs('finance')
    const app = await createAwardedApplicationRow(networkId)
    const change = await api('/bank-changes', {
      cookie: finance.cookie,
      body: { applicationId: app, iban: 'BE68539007547034', accountHolder: 'De Linde' },
    })
    const [logged] = await auditOf('bank-changes', change.body.id)
    expect(logged.action).toBe('request')
    const list = await api('/audit-log', {
      cookie: finance.cookie,
      query: {
        filter: { entity: ['bank-changes', 'applications'], entityId: [change.body.id, app] },
      },
    })
    expect(list.body.map((e: Entry) => `${e.entity}:${e.action}`)).toEqual(['bank-changes:request'])
  })
})

describe('showing an IBAN whole', () => {
  let networkId: number
  let appId: number
  let changeId: number
  const sessions = {} as Record<Role, Session>

  beforeAll(async () => {
    networkId = await createNetwork()
    appId = await createAwardedApplicationRow(networkId)
    for (const role of ['admin', 'coordinator', 'reviewer', 'finance'] as const) {
      sessions[role] = await loginAs(role, [networkId])
    }
    const change = await api('/bank-changes', {
      cookie: sessions.finance.cookie,
      body: { applicationId: appId, iban: 'BE68 5390 0754 7034', accountHolder: 'De Linde' },
    })
    changeId = change.body.id
  })

  const views = async (entity: string, id: number) =>
    (await auditOf(entity, id)).filter((e) => e.action === 'view_iban')

  it.each(['finance', 'admin'] as const)(
    'gives %s the whole IBAN of an application, and logs exactly that view',
    async (role) => {
      const before = (await views('applications', appId)).length
      const total = await auditCount()
      const res = await api(`/applications/${appId}/iban`, { cookie: sessions[role].cookie })
      expect(res.status).toBe(200)
      expect(res.body).toEqual({ iban: TEST_IBAN })
      expect(await auditCount()).toBe(total + 1)
      const logged = await views('applications', appId)
      expect(logged).toHaveLength(before + 1)
      expect(logged.at(-1)).toMatchObject({
        actor_id: sessions[role].user.id,
        network_id: networkId,
        changes: null,
      })
      // And the view shows in the record's history.
      const entries: Entry[] = (await history(sessions.admin, 'applications', appId)).body
      expect(entries[0]).toMatchObject({ action: 'view_iban', actorId: sessions[role].user.id })
    },
  )

  it('gives finance the requested IBAN of a bank change, logged under the change', async () => {
    const res = await api(`/bank-changes/${changeId}/iban`, { cookie: sessions.finance.cookie })
    expect(res.status).toBe(200)
    expect(res.body).toEqual({ iban: 'BE68539007547034' })
    expect(await views('bank-changes', changeId)).toHaveLength(1)
    const read = await api(`/bank-changes/${changeId}`, { cookie: sessions.finance.cookie })
    expect(read.body).toMatchObject({ iban: 'BE68 **** 7034', currentIban: MASKED_IBAN })
  })

  it.each([
    ['coordinator', `/applications/ID/iban`, 403],
    ['reviewer', `/applications/ID/iban`, 403],
    ['coordinator', `/bank-changes/CHANGE/iban`, 403],
    ['reviewer', `/bank-changes/CHANGE/iban`, 403],
  ] as const)('refuses %s %s with %s and logs nothing', async (role, path, status) => {
    const total = await auditCount()
    const url = path.replace('ID', String(appId)).replace('CHANGE', String(changeId))
    const res = await api(url, { cookie: sessions[role].cookie })
    expect(res.status).toBe(status)
    expect(JSON.stringify(res.body)).not.toContain('0417164300')
    expect(await auditCount()).toBe(total)
  })

  it('answers 404 for an application finance may not see or that is not there, unlogged', async () => {
    const submitted = await createApplicationRow(networkId, { status: 'submitted' })
    const total = await auditCount()
    for (const path of [`/applications/${submitted}/iban`, '/applications/999999999/iban']) {
      expect((await api(path, { cookie: sessions.finance.cookie })).status, path).toBe(404)
    }
    expect(
      (await api('/bank-changes/999999999/iban', { cookie: sessions.admin.cookie })).status,
    ).toBe(404)
    expect(await auditCount()).toBe(total)
  })

  it('never gives a reviewer the history of anything, nor the IBAN', async () => {
    const reviewer = sessions.reviewer
    expect((await history(reviewer, 'applications', appId)).status).toBe(403)
    const shown = await api(`/applications/${appId}`, { cookie: reviewer.cookie })
    expect(shown.status).toBe(200)
    expect(shown.body).not.toHaveProperty('iban')
  })

  it('logs every download of a bank file, which holds whole IBANs', async () => {
    const payout = await createPayoutRow(networkId, { applicationId: appId })
    const other = await createPayoutRow(await createNetwork())
    const batch = await createBatchRow([payout, other])
    const finance = sessions.finance
    for (const path of ['sepa.xml', 'sepa.xml?version=03', 'payouts.csv']) {
      const res = await apiRaw(`/payout-batches/${batch}/${path}`, { cookie: finance.cookie })
      expect(res.status, path).toBe(200)
      expect(await res.text()).toContain('NL91ABNA0417164300')
    }
    const logged = await auditOf('payout-batches', batch)
    expect(logged.map((e) => [e.action, e.changes && JSON.parse(e.changes)])).toEqual([
      ['download', { file: 'pain.001.001.09' }],
      ['export', { status: ['open', 'exported'] }],
      ['download', { file: 'pain.001.001.03' }],
      ['download', { file: 'csv' }],
    ])
  })

  it('sends the IBAN masked in every list and record that names it', async () => {
    const payout = await createPayoutRow(networkId, { applicationId: appId })
    const reads = [
      `/applications/${appId}`,
      `/applications?filter=${encodeURIComponent(JSON.stringify({ id: [appId] }))}`,
      `/payouts/${payout}`,
      `/payouts?filter=${encodeURIComponent(JSON.stringify({ applicationId: appId }))}`,
      `/bank-changes?filter=${encodeURIComponent(JSON.stringify({ applicationId: appId }))}`,
    ]
    for (const role of ['admin', 'finance', 'coordinator'] as const) {
      for (const path of reads) {
        const res = await api(path, { cookie: sessions[role].cookie })
        const text = JSON.stringify(res.body)
        expect(text, `${role} ${path}`).not.toContain('0417164300')
        expect(text, `${role} ${path}`).not.toContain('539007547034')
      }
    }
  })
})
