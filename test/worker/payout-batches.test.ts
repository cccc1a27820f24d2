import { env } from 'cloudflare:workers'
import { beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { type Message, translate } from '../../worker/lib/messages'
import {
  type Session,
  api,
  auditOf,
  createAwardedApplicationRow,
  createBatchRow,
  createNetwork,
  createPayoutRow,
  daysFromToday,
  loginAs,
  row,
} from './helpers'

/** The Dutch text the API answers for a message (no Accept-Language means Dutch). */
const message = (key: Message['key']) => translate('nl', { key })

/**
 * Gathering by date takes every scheduled payout in the database. Tests in this file share one
 * database, so each gathering test first cancels what earlier tests left scheduled.
 */
async function retireScheduled() {
  await env.DB.prepare("UPDATE payouts SET status = 'cancelled' WHERE status = 'scheduled'").run()
}

interface StoredPayout {
  id: number
  status: string
  batch_id: number | null
  amount_cents: number
}

async function payoutsById(ids: number[]): Promise<Map<number, StoredPayout>> {
  const { results } = await env.DB.prepare(
    `SELECT id, status, batch_id, amount_cents FROM payouts
      WHERE id IN (SELECT value FROM json_each(?))`,
  )
    .bind(JSON.stringify(ids))
    .all<StoredPayout>()
  return new Map(results.map((p) => [p.id, p]))
}

/** Everything gathering writes, to check that a refused request left it all as it was. */
async function footprint() {
  const [batches, audit, scheduled] = await env.DB.batch<{ n: number }>([
    env.DB.prepare('SELECT count(*) AS n FROM payout_batches'),
    env.DB.prepare(
      "SELECT count(*) AS n FROM audit_log WHERE entity IN ('payouts', 'payout-batches')",
    ),
    env.DB.prepare("SELECT count(*) AS n FROM payouts WHERE status = 'scheduled'"),
  ])
  return {
    batches: batches.results[0].n,
    audit: audit.results[0].n,
    scheduled: scheduled.results[0].n,
  }
}

function gather(session: Session, body: Record<string, unknown>) {
  return api('/payout-batches', { cookie: session.cookie, body })
}

let finance: Session
let networkId: number

beforeAll(async () => {
  finance = await loginAs('finance')
  networkId = await createNetwork()
})

describe('gathering a batch', () => {
  beforeEach(retireScheduled)

  it('gathers the scheduled payouts due on or before the date, and no reclaims', async () => {
    const yesterday = await createPayoutRow(networkId, {
      dueOn: daysFromToday(-1),
      amountCents: 12_345,
    })
    const today = await createPayoutRow(networkId, { dueOn: daysFromToday(0), amountCents: 20_000 })
    const tomorrow = await createPayoutRow(networkId, { dueOn: daysFromToday(1) })
    const reclaim = await createPayoutRow(networkId, { kind: 'reclaim', dueOn: daysFromToday(-2) })
    const paid = await createPayoutRow(networkId, { status: 'paid' })
    const cancelled = await createPayoutRow(networkId, { status: 'cancelled' })
    const elsewhere = await createPayoutRow(networkId)
    const otherBatch = await createBatchRow([elsewhere])

    const res = await gather(finance, {
      executionDate: daysFromToday(2),
      dueBefore: daysFromToday(0),
    })
    expect(res.status, JSON.stringify(res.body)).toBe(201)
    expect(res.body).toEqual({
      id: expect.any(Number),
      executionDate: daysFromToday(2),
      messageId: expect.stringMatching(/^BK-\d{8}-[0-9A-HJKMNP-TV-Z]{10}$/),
      count: 2,
      totalCents: 32_345,
      status: 'open',
      createdBy: finance.user.id,
      exportedAt: null,
      paidOn: null,
      createdAt: expect.any(String),
      updatedAt: expect.any(String),
    })
    expect(res.body.messageId.length).toBeLessThanOrEqual(35)
    expect(res.body.messageId).toContain(daysFromToday(0).replaceAll('-', ''))

    const stored = await payoutsById([
      yesterday,
      today,
      tomorrow,
      reclaim,
      paid,
      cancelled,
      elsewhere,
    ])
    const batch = res.body.id
    expect(stored.get(yesterday)).toMatchObject({ status: 'batched', batch_id: batch })
    expect(stored.get(today)).toMatchObject({ status: 'batched', batch_id: batch })
    expect(stored.get(tomorrow)).toMatchObject({ status: 'scheduled', batch_id: null })
    expect(stored.get(reclaim)).toMatchObject({ status: 'scheduled', batch_id: null })
    expect(stored.get(paid)).toMatchObject({ status: 'paid', batch_id: null })
    expect(stored.get(cancelled)).toMatchObject({ status: 'cancelled', batch_id: null })
    expect(stored.get(elsewhere)).toMatchObject({ status: 'batched', batch_id: otherBatch })
  })

  it('writes the batch and each payout it took into the audit log', async () => {
    const payout = await createPayoutRow(networkId)
    const res = await gather(finance, {
      executionDate: daysFromToday(0),
      dueBefore: daysFromToday(0),
    })
    expect(res.status).toBe(201)
    const [created] = await auditOf('payout-batches', res.body.id)
    expect(created).toMatchObject({ action: 'create', actor_id: finance.user.id, network_id: null })
    expect(JSON.parse(created.changes)).toEqual({
      executionDate: daysFromToday(0),
      messageId: res.body.messageId,
      dueBefore: daysFromToday(0),
    })
    const entries = await auditOf('payouts', payout)
    expect(entries.at(-1)).toMatchObject({
      action: 'batch',
      actor_id: finance.user.id,
      network_id: networkId,
    })
    expect(JSON.parse(entries.at(-1)!.changes)).toEqual({
      status: ['scheduled', 'batched'],
      batchId: [null, res.body.id],
    })
  })

  it('gathers the chosen payouts that are still scheduled, whenever they fall due', async () => {
    const application = await createAwardedApplicationRow(networkId)
    const later = await createPayoutRow(networkId, {
      applicationId: application,
      dueOn: daysFromToday(60),
    })
    const due = await createPayoutRow(networkId, { applicationId: application, amountCents: 7_000 })
    const notChosen = await createPayoutRow(networkId)
    const reclaim = await createPayoutRow(networkId, {
      applicationId: application,
      kind: 'reclaim',
    })
    const batched = await createPayoutRow(networkId)
    await createBatchRow([batched])

    const res = await gather(finance, {
      executionDate: daysFromToday(1),
      payoutIds: [later, due, reclaim, batched, 2_000_000_000],
    })
    expect(res.status, JSON.stringify(res.body)).toBe(201)
    expect(res.body).toMatchObject({ count: 2, totalCents: 17_000 })
    const stored = await payoutsById([later, due, notChosen, reclaim])
    expect(stored.get(later)?.batch_id).toBe(res.body.id)
    expect(stored.get(due)?.batch_id).toBe(res.body.id)
    expect(stored.get(notChosen)?.status).toBe('scheduled')
    expect(stored.get(reclaim)?.status).toBe('scheduled')
  })

  it('stores nothing and answers 409 when nothing is due', async () => {
    await createPayoutRow(networkId, { dueOn: daysFromToday(5) })
    await createPayoutRow(networkId, { kind: 'reclaim', dueOn: daysFromToday(-5) })
    const before = await footprint()
    const res = await gather(finance, {
      executionDate: daysFromToday(1),
      dueBefore: daysFromToday(0),
    })
    expect(res.status).toBe(409)
    expect(res.body).toEqual({ message: message('nothingDueToBatch') })
    expect(await footprint()).toEqual(before)
  })

  it('stores nothing and answers 409 when none of the chosen payouts is still scheduled', async () => {
    const paid = await createPayoutRow(networkId, { status: 'paid' })
    const reclaim = await createPayoutRow(networkId, { kind: 'reclaim' })
    const batched = await createPayoutRow(networkId)
    await createBatchRow([batched])
    const before = await footprint()
    const res = await gather(finance, {
      executionDate: daysFromToday(1),
      payoutIds: [paid, reclaim, batched],
    })
    expect(res.status).toBe(409)
    expect(res.body).toEqual({ message: message('nothingChosenToBatch') })
    expect(await footprint()).toEqual(before)
  })

  it('gathers a payout once: repeating the request finds nothing left', async () => {
    const payout = await createPayoutRow(networkId)
    const body = { executionDate: daysFromToday(1), payoutIds: [payout] }
    expect((await gather(finance, body)).status).toBe(201)
    const again = await gather(finance, body)
    expect(again.status).toBe(409)
    const byDate = await gather(finance, {
      executionDate: daysFromToday(1),
      dueBefore: daysFromToday(0),
    })
    expect(byDate.status).toBe(409)
  })
})

describe('what a gathering request must say', () => {
  const refused = async (body: Record<string, unknown>, fields: string[]) => {
    const before = await footprint()
    const res = await gather(finance, body)
    expect(res.status, JSON.stringify(body)).toBe(400)
    expect(Object.keys(res.body.errors).sort()).toEqual(fields.sort())
    expect(await footprint()).toEqual(before)
    return res
  }

  it('takes a due date or a list of payouts, never both and never neither', async () => {
    const payout = await createPayoutRow(networkId)
    const both = await refused(
      { executionDate: daysFromToday(1), dueBefore: daysFromToday(0), payoutIds: [payout] },
      ['dueBefore', 'payoutIds'],
    )
    expect(both.body.errors.dueBefore).toBe(message('batchSelection'))
    await refused({ executionDate: daysFromToday(1) }, ['dueBefore', 'payoutIds'])
    await refused({ executionDate: daysFromToday(1), dueBefore: null, payoutIds: [] }, [
      'payoutIds',
    ])
  })

  it('takes an execution date of today or later', async () => {
    const res = await refused({ executionDate: daysFromToday(-1), dueBefore: daysFromToday(0) }, [
      'executionDate',
    ])
    expect(res.body.errors.executionDate).toBe(message('executionDateInPast'))
    await refused({ dueBefore: daysFromToday(0) }, ['executionDate'])
    await refused({ executionDate: '1-5-2026', dueBefore: daysFromToday(0) }, ['executionDate'])
  })

  it('takes well-formed dates and at most 1000 payout ids', async () => {
    await refused({ executionDate: daysFromToday(1), dueBefore: 'morgen' }, ['dueBefore'])
    const many = Array.from({ length: 1001 }, (_, i) => i + 1)
    await refused({ executionDate: daysFromToday(1), payoutIds: many }, ['payoutIds'])
    await refused({ executionDate: daysFromToday(1), payoutIds: [0, 'x'] }, [
      'payoutIds.0',
      'payoutIds.1',
    ])
  })

  it('takes 1000 payout ids in one request', async () => {
    const payout = await createPayoutRow(networkId)
    const ids = [payout, ...Array.from({ length: 999 }, (_, i) => 2_000_000_000 + i)]
    const res = await gather(finance, { executionDate: daysFromToday(0), payoutIds: ids })
    expect(res.status, JSON.stringify(res.body)).toBe(201)
    expect(res.body.count).toBe(1)
  })
})

describe('cancelling a batch', () => {
  beforeEach(retireScheduled)

  it('frees its payouts, deletes it, and lets them be gathered again', async () => {
    const payouts = [await createPayoutRow(networkId), await createPayoutRow(networkId)]
    const first = await gather(finance, {
      executionDate: daysFromToday(1),
      dueBefore: daysFromToday(0),
    })
    expect(first.body.count).toBe(2)

    const cancelled = await api(`/payout-batches/${first.body.id}/cancel`, {
      cookie: finance.cookie,
      method: 'POST',
    })
    expect(cancelled.status, JSON.stringify(cancelled.body)).toBe(200)
    expect(cancelled.body).toEqual(first.body)
    expect(await row('payout_batches', first.body.id)).toBeNull()
    expect((await api(`/payout-batches/${first.body.id}`, { cookie: finance.cookie })).status).toBe(
      404,
    )
    for (const payout of (await payoutsById(payouts)).values()) {
      expect(payout).toMatchObject({ status: 'scheduled', batch_id: null })
    }

    const audit = await auditOf('payout-batches', first.body.id)
    expect(audit.map((e) => e.action)).toEqual(['create', 'cancel'])
    expect(JSON.parse(audit[1].changes)).toMatchObject({
      messageId: first.body.messageId,
      count: 2,
    })
    const history = await auditOf('payouts', payouts[0])
    expect(history.map((e) => e.action)).toEqual(['batch', 'unbatch'])
    expect(JSON.parse(history[1].changes)).toEqual({
      status: ['batched', 'scheduled'],
      batchId: [first.body.id, null],
    })

    const second = await gather(finance, {
      executionDate: daysFromToday(1),
      dueBefore: daysFromToday(0),
    })
    expect(second.status).toBe(201)
    expect(second.body).toMatchObject({ count: 2, totalCents: first.body.totalCents })
    expect(second.body.id).not.toBe(first.body.id)
  })

  it.each([
    ['exported', 'batchExported'],
    ['paid', 'batchPaid'],
  ] as const)('refuses with 409 once the batch is %s, changing nothing', async (status, key) => {
    const payout = await createPayoutRow(networkId)
    const res = await gather(finance, { executionDate: daysFromToday(1), payoutIds: [payout] })
    await env.DB.prepare('UPDATE payout_batches SET status = ? WHERE id = ?')
      .bind(status, res.body.id)
      .run()
    const before = [await row('payout_batches', res.body.id), await row('payouts', payout)]
    const cancel = await api(`/payout-batches/${res.body.id}/cancel`, {
      cookie: finance.cookie,
      method: 'POST',
    })
    expect(cancel.status).toBe(409)
    expect(cancel.body).toEqual({ message: message(key) })
    expect([await row('payout_batches', res.body.id), await row('payouts', payout)]).toEqual(before)
    expect((await auditOf('payout-batches', res.body.id)).map((e) => e.action)).toEqual(['create'])
  })

  it('answers 404 for a batch that is not there', async () => {
    for (const id of ['2000000000', 'abc']) {
      const res = await api(`/payout-batches/${id}/cancel`, {
        cookie: finance.cookie,
        method: 'POST',
      })
      expect(res.status).toBe(404)
    }
  })
})

describe('who gathers, cancels and reads batches', () => {
  let own: number
  let other: number
  let ownBatch: number
  let otherBatch: number
  let sessions: Record<'admin' | 'coordinator' | 'reviewer', Session>

  beforeAll(async () => {
    ;[own, other] = [await createNetwork(), await createNetwork()]
    // A batch pays several networks: this one pays both.
    ownBatch = await createBatchRow([await createPayoutRow(own), await createPayoutRow(other)])
    otherBatch = await createBatchRow([await createPayoutRow(other)])
    sessions = {
      admin: await loginAs('admin'),
      coordinator: await loginAs('coordinator', [own]),
      reviewer: await loginAs('reviewer', [own]),
    }
  })

  it.each(['admin', 'coordinator', 'reviewer'] as const)(
    'refuses %s gathering or cancelling with 403, changing nothing',
    async (role) => {
      const payout = await createPayoutRow(own)
      const cookie = sessions[role].cookie
      const before = await footprint()
      const created = await api('/payout-batches', {
        cookie,
        body: { executionDate: daysFromToday(1), payoutIds: [payout] },
      })
      const cancelled = await api(`/payout-batches/${ownBatch}/cancel`, { cookie, method: 'POST' })
      expect([created.status, cancelled.status]).toEqual([403, 403])
      expect(await footprint()).toEqual(before)
      expect((await row('payout_batches', ownBatch))?.status).toBe('open')
    },
  )

  it('refuses everyone the generic writes: batches change only through their actions', async () => {
    for (const session of [finance, sessions.admin]) {
      const put = await api(`/payout-batches/${ownBatch}`, {
        cookie: session.cookie,
        method: 'PUT',
        body: { status: 'paid' },
      })
      const del = await api(`/payout-batches/${ownBatch}`, {
        cookie: session.cookie,
        method: 'DELETE',
      })
      expect([put.status, del.status]).toEqual([403, 403])
    }
    expect((await row('payout_batches', ownBatch))?.status).toBe('open')
  })

  it('refuses reviewers the list and the record', async () => {
    const cookie = sessions.reviewer.cookie
    expect((await api('/payout-batches', { cookie })).status).toBe(403)
    expect((await api(`/payout-batches/${ownBatch}`, { cookie })).status).toBe(403)
  })

  it('shows a coordinator only batches that pay one of their networks', async () => {
    const cookie = sessions.coordinator.cookie
    expect((await api(`/payout-batches/${ownBatch}`, { cookie })).status).toBe(200)
    expect((await api(`/payout-batches/${otherBatch}`, { cookie })).status).toBe(404)
    const named = await api('/payout-batches', {
      cookie,
      query: { filter: { id: [ownBatch, otherBatch] } },
    })
    expect(named.body.map((b: { id: number }) => b.id)).toEqual([ownBatch])
    expect(named.headers.get('content-range')).toBe('payout-batches 0-0/1')
  })

  it('gives a coordinator the count and total of their own networks’ payouts, finance the whole batch', async () => {
    const [mine, theirs] = [await createNetwork(), await createNetwork()]
    const batch = await createBatchRow([
      await createPayoutRow(mine, { amountCents: 12_345 }),
      await createPayoutRow(mine, { amountCents: 1 }),
      await createPayoutRow(theirs, { amountCents: 500_000 }),
    ])
    const figures = async (session: Session) => {
      const one = await api(`/payout-batches/${batch}`, { cookie: session.cookie })
      const list = await api('/payout-batches', {
        cookie: session.cookie,
        query: { filter: { id: [batch] } },
      })
      const pick = (b: { count: number; totalCents: number }) => [b.count, b.totalCents]
      expect(pick(list.body[0])).toEqual(pick(one.body))
      return pick(one.body)
    }
    expect(await figures(await loginAs('coordinator', [mine]))).toEqual([2, 12_346])
    expect(await figures(await loginAs('coordinator', [theirs]))).toEqual([1, 500_000])
    expect(await figures(await loginAs('coordinator', [mine, theirs]))).toEqual([3, 512_346])
    expect(await figures(finance)).toEqual([3, 512_346])
    expect(await figures(sessions.admin)).toEqual([3, 512_346])
  })

  it('shows finance and admins every batch', async () => {
    for (const session of [finance, sessions.admin]) {
      const res = await api('/payout-batches', {
        cookie: session.cookie,
        query: { filter: { id: [ownBatch, otherBatch] }, sort: ['id', 'ASC'] },
      })
      expect(res.body.map((b: { id: number }) => b.id)).toEqual([ownBatch, otherBatch])
    }
  })
})

describe('listing batches', () => {
  it('filters on status and execution date, latest execution first', async () => {
    const day = (n: number) => daysFromToday(500 + n)
    const batches = []
    for (const [n, status] of [
      [1, 'open'],
      [2, 'exported'],
      [3, 'paid'],
      [4, 'open'],
    ] as const) {
      batches.push(
        await createBatchRow([await createPayoutRow(networkId)], { status, executionDate: day(n) }),
      )
    }
    const list = async (query: Record<string, unknown>) => {
      const res = await api('/payout-batches', { cookie: finance.cookie, query })
      expect(res.status, JSON.stringify(res.body)).toBe(200)
      return res.body.map((b: { id: number }) => b.id)
    }
    const window = { executionDate_gte: day(1), executionDate_lte: day(4) }
    expect(await list({ filter: window })).toEqual([batches[3], batches[2], batches[1], batches[0]])
    expect(await list({ filter: window, sort: ['executionDate', 'ASC'] })).toEqual(batches)
    expect(await list({ filter: { ...window, status: 'open' } })).toEqual([batches[3], batches[0]])
    expect(await list({ filter: { ...window, status: ['exported', 'paid'] } })).toEqual([
      batches[2],
      batches[1],
    ])
    expect(
      await list({ filter: { executionDate_gte: day(2), executionDate_lte: day(3) } }),
    ).toEqual([batches[2], batches[1]])
    for (const query of [
      { filter: { status: 'cancelled' } },
      { filter: { messageId: 'BK' } },
      { sort: ['totalCents', 'DESC'] },
    ]) {
      expect((await api('/payout-batches', { cookie: finance.cookie, query })).status).toBe(400)
    }
  })
})

/** 30 scheduled payouts due by today, of three applications, and a reclaim due as well. */
async function thirtyDue() {
  await retireScheduled()
  const applications = [
    await createAwardedApplicationRow(networkId),
    await createAwardedApplicationRow(networkId),
    await createAwardedApplicationRow(networkId),
  ]
  const payouts: number[] = []
  for (let i = 0; i < 30; i++) {
    const payout = await createPayoutRow(networkId, {
      applicationId: applications[i % 3],
      amountCents: 10_000 + i * 137,
      dueOn: daysFromToday(-(i % 7)),
    })
    payouts.push(payout)
  }
  const reclaim = await createPayoutRow(networkId, { kind: 'reclaim' })
  return { payouts, reclaim }
}

/**
 * Fires all requests at once by a fresh finance user and checks what must hold however they
 * interleave: every payout in exactly one batch, each stored batch counting exactly the payouts it
 * holds, together all 30 and their total, no reclaim taken, and no batch stored for a request
 * that found nothing left (409). Answers the statuses.
 */
async function race(bodies: (payouts: number[]) => Record<string, unknown>[]) {
  const { payouts, reclaim } = await thirtyDue()
  const clerk = await loginAs('finance')
  const answers = await Promise.all(bodies(payouts).map((body) => gather(clerk, body)))

  const created = answers.filter((a) => a.status === 201)
  const statuses = JSON.stringify(answers.map((a) => [a.status, a.body]))
  expect(created.length, statuses).toBeGreaterThanOrEqual(1)
  for (const answer of answers.filter((a) => a.status !== 201)) {
    expect(answer.status, statuses).toBe(409)
  }

  const { results: batches } = await env.DB.prepare(
    'SELECT id, count, total_cents FROM payout_batches WHERE created_by = ? ORDER BY id',
  )
    .bind(clerk.user.id)
    .all<{ id: number; count: number; total_cents: number }>()
  expect(batches.map((b) => b.id)).toEqual(created.map((c) => c.body.id).sort((a, b) => a - b))

  const stored = await payoutsById([...payouts, reclaim])
  expect(stored.get(reclaim)).toMatchObject({ status: 'scheduled', batch_id: null })
  for (const id of payouts) {
    expect(stored.get(id)?.status).toBe('batched')
    expect(batches.map((b) => b.id)).toContain(stored.get(id)?.batch_id)
  }
  for (const batch of batches) {
    const held = payouts.filter((id) => stored.get(id)?.batch_id === batch.id)
    expect(held.length).toBeGreaterThan(0)
    expect(batch.count).toBe(held.length)
    expect(batch.total_cents).toBe(held.reduce((s, id) => s + stored.get(id)!.amount_cents, 0))
    // What the request was answered is what was stored.
    expect(created.find((c) => c.body.id === batch.id)?.body.count).toBe(batch.count)
  }
  const sum = (values: number[]) => values.reduce((s, v) => s + v, 0)
  expect(sum(batches.map((b) => b.count))).toBe(30)
  expect(sum(batches.map((b) => b.total_cents))).toBe(sum(payouts.map((_, i) => 10_000 + i * 137)))

  const audited = await env.DB.prepare(
    "SELECT count(*) AS n FROM audit_log WHERE entity = 'payout-batches' AND actor_id = ?",
  )
    .bind(clerk.user.id)
    .first<number>('n')
  expect(audited).toBe(created.length)
  return answers
}

describe('batches created at the same moment', () => {
  it('put every payout in exactly one batch, and store no empty batch', async () => {
    const body = { executionDate: daysFromToday(1), dueBefore: daysFromToday(0) }
    const answers = await race(() => Array.from({ length: 10 }, () => body))
    for (const answer of answers.filter((a) => a.status === 409)) {
      expect(answer.body).toEqual({ message: message('nothingDueToBatch') })
    }
  })

  it('share out overlapping choices without taking a payout twice', async () => {
    // Eight windows of 12 payouts, each overlapping the next, and two requests by date.
    await race((payouts) => [
      ...Array.from({ length: 8 }, (_, k) => ({
        executionDate: daysFromToday(1),
        payoutIds: payouts.slice(k * 3, k * 3 + 12),
      })),
      { executionDate: daysFromToday(1), dueBefore: daysFromToday(0) },
      { executionDate: daysFromToday(1), dueBefore: daysFromToday(0) },
    ])
  })
})
