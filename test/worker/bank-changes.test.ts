import { env } from 'cloudflare:workers'
import { describe, expect, it } from 'vitest'
import { type Message, translate } from '../../worker/lib/messages'
import {
  type Applied,
  api,
  applyFor,
  createOpenPlan,
  createPayoutRow,
  daysFromToday,
  loginAs,
  row,
  setApplicationStatus,
} from './helpers'

const message = (key: Message['key']) => translate('nl', { key })
const NEW_IBAN = 'BE68 5390 0754 7034'

async function awardedApplication(): Promise<Applied> {
  const app = await applyFor(await createOpenPlan(), { submit: true })
  await setApplicationStatus(app.id, 'awarded')
  return app
}

const request = (cookie: string, applicationId: number, iban = NEW_IBAN) =>
  api('/bank-changes', {
    cookie,
    body: { applicationId, iban, accountHolder: 'Stichting De Linde', note: 'Nieuwe bank' },
  })

const act = (cookie: string, id: number, action: 'approve' | 'reject') =>
  api(`/bank-changes/${id}/${action}`, { cookie, method: 'POST' })

async function auditActions(id: number) {
  const rows = await env.DB.prepare(
    `SELECT action, changes FROM audit_log WHERE entity = 'bank-changes' AND entity_id = ? ORDER BY id`,
  )
    .bind(id)
    .all<{ action: string; changes: string }>()
  return rows.results
}

describe('changing the bank account of an awarded application (four eyes)', () => {
  it('applies a change only once a second finance user approves it, all of it logged', async () => {
    const app = await awardedApplication()
    const [first, second] = [await loginAs('finance'), await loginAs('finance')]
    const asked = await request(first.cookie, app.id)
    expect(asked.status, JSON.stringify(asked.body)).toBe(201)
    // Both accounts masked in what is read; the approval still applies the whole number.
    expect(asked.body).toMatchObject({
      status: 'pending',
      iban: 'BE68 **** 7034',
      currentIban: 'NL91 **** 4300',
    })
    expect((await row('applications', app.id))?.iban).toBe('NL91ABNA0417164300')

    const own = await act(first.cookie, asked.body.id, 'approve')
    expect(own.status).toBe(409)
    expect(own.body).toEqual({ message: message('fourEyes') })
    expect((await row('applications', app.id))?.iban).toBe('NL91ABNA0417164300')

    const approved = await act(second.cookie, asked.body.id, 'approve')
    expect(approved.status, JSON.stringify(approved.body)).toBe(200)
    expect(approved.body).toMatchObject({ status: 'approved', decidedBy: second.user.id })
    expect(await row('applications', app.id)).toMatchObject({
      iban: 'BE68539007547034',
      account_holder: 'Stichting De Linde',
    })
    const log = await auditActions(asked.body.id)
    expect(log.map((e) => e.action)).toEqual(['request', 'approve'])
    expect(JSON.stringify(log)).not.toContain('BE68539007547034')
    expect(JSON.parse(log[0].changes)).toMatchObject({ iban: 'BE68 **** 7034' })
  })

  it('rejects a change without touching the account, and decides each change once', async () => {
    const app = await awardedApplication()
    const [first, second] = [await loginAs('finance'), await loginAs('finance')]
    const asked = await request(first.cookie, app.id)
    const rejected = await act(first.cookie, asked.body.id, 'reject')
    expect(rejected.status).toBe(200)
    expect(rejected.body.status).toBe('rejected')
    expect((await row('applications', app.id))?.iban).toBe('NL91ABNA0417164300')
    const again = await act(second.cookie, asked.body.id, 'approve')
    expect(again.status).toBe(409)
    expect(again.body).toEqual({ message: message('bankChangeDecided') })
  })

  it('holds the payouts of an application with a pending change out of batches', async () => {
    const plan = await createOpenPlan()
    const app = await applyFor(plan, { submit: true })
    await setApplicationStatus(app.id, 'awarded')
    const payoutId = await createPayoutRow(plan.networkId, { applicationId: app.id })
    const [first, second] = [await loginAs('finance'), await loginAs('finance')]
    const asked = await request(first.cookie, app.id)
    const gather = () =>
      api('/payout-batches', {
        cookie: first.cookie,
        body: { executionDate: daysFromToday(1), payoutIds: [payoutId] },
      })
    expect((await gather()).status).toBe(409)
    expect((await row('payouts', payoutId))?.status).toBe('scheduled')
    await act(second.cookie, asked.body.id, 'approve')
    const gathered = await gather()
    expect(gathered.status, JSON.stringify(gathered.body)).toBe(201)
    expect(await row('payouts', payoutId)).toMatchObject({
      status: 'batched',
      batch_id: gathered.body.id,
    })
  })

  it('keeps one change pending per application', async () => {
    const app = await awardedApplication()
    const finance = await loginAs('finance')
    expect((await request(finance.cookie, app.id)).status).toBe(201)
    const second = await request(finance.cookie, app.id)
    expect(second.status).toBe(409)
    expect(second.body).toEqual({ message: message('bankChangePending') })
  })

  it('refuses an IBAN that fails the check, and applications not yet awarded', async () => {
    const finance = await loginAs('finance')
    const app = await awardedApplication()
    const bad = await request(finance.cookie, app.id, 'NL91 ABNA 0417 1643 01')
    expect(bad.status).toBe(400)
    expect(bad.body.errors.iban).toBe(message('invalidIban'))
    const submitted = await applyFor(await createOpenPlan(), { submit: true })
    const early = await request(finance.cookie, submitted.id)
    expect(early.status).toBe(400)
    expect(early.body.errors.applicationId).toBe(message('bankChangeNotAwarded'))
  })

  it('lets only finance ask and decide, and only finance and admin read', async () => {
    const app = await awardedApplication()
    const finance = await loginAs('finance')
    const asked = await request(finance.cookie, app.id)
    for (const role of ['admin', 'coordinator', 'reviewer'] as const) {
      const other = await loginAs(role)
      expect((await request(other.cookie, app.id)).status).toBe(403)
      expect((await act(other.cookie, asked.body.id, 'approve')).status).toBe(403)
    }
    expect(
      (await api(`/bank-changes/${asked.body.id}`, { cookie: (await loginAs('admin')).cookie }))
        .status,
    ).toBe(200)
    for (const role of ['coordinator', 'reviewer'] as const) {
      const other = await loginAs(role)
      expect((await api('/bank-changes', { cookie: other.cookie })).status).toBe(403)
    }
  })
})
