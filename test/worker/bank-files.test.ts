import { env } from 'cloudflare:workers'
import { describe, expect, it } from 'vitest'
import {
  api,
  apiRaw,
  createAwardedApplicationRow,
  createBatchRow,
  createNetwork,
  createPayoutRow,
  daysFromToday,
  loginAs,
  row,
} from './helpers'

/** Three payouts of a fresh network gathered into one batch by finance. */
async function batch() {
  const networkId = await createNetwork()
  const amounts = [1, 12_345, 500_000]
  const ids = []
  for (const amountCents of amounts) ids.push(await createPayoutRow(networkId, { amountCents }))
  const finance = await loginAs('finance')
  const created = await api('/payout-batches', {
    cookie: finance.cookie,
    body: { executionDate: daysFromToday(2), payoutIds: ids },
  })
  expect(created.status, JSON.stringify(created.body)).toBe(201)
  return { id: created.body.id as number, ids, finance, messageId: created.body.messageId }
}

async function text(path: string, cookie: string) {
  const res = await apiRaw(path, { cookie })
  return { status: res.status, headers: res.headers, body: await res.text() }
}

describe('bank files of a payout batch', () => {
  it.each(['09', '03'])('writes pain.001.001.%s with totals, ids and amounts', async (version) => {
    const b = await batch()
    const file = await text(`/payout-batches/${b.id}/sepa.xml?version=${version}`, b.finance.cookie)
    expect(file.status, file.body).toBe(200)
    const date = (await row('payout_batches', b.id))?.execution_date
    expect(file.headers.get('content-disposition')).toBe(
      `attachment; filename="buurtkracht-batch-${b.id}-${date}.xml"`,
    )
    expect(file.body).toContain(`urn:iso:std:iso:20022:tech:xsd:pain.001.001.${version}`)
    expect(file.body).toContain(`<MsgId>${b.messageId}</MsgId>`)
    expect(file.body).toContain('<NbOfTxs>3</NbOfTxs>')
    expect(file.body).toContain('<CtrlSum>5123.46</CtrlSum>')
    for (const amount of ['0.01', '123.45', '5000.00']) expect(file.body).toContain(`>${amount}<`)
    expect(file.body).toContain('NL20INGB0001234567')
    expect(file.body).toMatch(/<Ustrd>Subsidie .+ voorschot<\/Ustrd>/)
    expect(file.body).not.toContain('PstlAdr')
    expect((await row('payout_batches', b.id))?.status).toBe('exported')
  })

  it('repeats the very same file, so a bank refuses a second upload instead of paying twice', async () => {
    const b = await batch()
    const first = await text(`/payout-batches/${b.id}/sepa.xml`, b.finance.cookie)
    const again = await text(`/payout-batches/${b.id}/sepa.xml`, b.finance.cookie)
    expect(again.body).toBe(first.body)
    const exports = await env.DB.prepare(
      `SELECT count(*) AS n FROM audit_log WHERE entity = 'payout-batches' AND entity_id = ?
        AND action = 'export'`,
    )
      .bind(b.id)
      .first('n')
    expect(exports).toBe(1)
  })

  it('gives the same payouts as CSV: BOM, header, one row each, amounts in euros', async () => {
    const b = await batch()
    const res = await apiRaw(`/payout-batches/${b.id}/payouts.csv`, { cookie: b.finance.cookie })
    expect(res.status).toBe(200)
    expect(res.headers.get('content-type')).toContain('text/csv')
    const bytes = new Uint8Array(await res.arrayBuffer())
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
    const csv = { body: new TextDecoder().decode(bytes) }
    expect(csv.body.startsWith('endToEndId,')).toBe(true)
    const lines = csv.body.trimEnd().split('\r\n')
    expect(lines).toHaveLength(4)
    expect(lines.slice(1).map((l) => l.split(',')[3])).toEqual(['0.01', '123.45', '5000.00'])
  })

  it('marks payouts paid once an exported batch is paid, and repeating it changes nothing', async () => {
    const b = await batch()
    const early = await api(`/payout-batches/${b.id}/mark-paid`, {
      cookie: b.finance.cookie,
      body: { paidOn: daysFromToday(0) },
    })
    expect(early.status).toBe(409)
    await text(`/payout-batches/${b.id}/sepa.xml`, b.finance.cookie)
    const one = await api(`/payout-batches/${b.id}/mark-paid`, {
      cookie: b.finance.cookie,
      body: { paidOn: daysFromToday(0), payoutIds: [b.ids[0]] },
    })
    expect(one.status, JSON.stringify(one.body)).toBe(200)
    expect(one.body.status).toBe('exported')
    const all = await api(`/payout-batches/${b.id}/mark-paid`, {
      cookie: b.finance.cookie,
      body: { paidOn: daysFromToday(0) },
    })
    expect(all.body).toMatchObject({ id: b.id, status: 'paid', count: 3, totalCents: 512_346 })
    const again = await api(`/payout-batches/${b.id}/mark-paid`, {
      cookie: b.finance.cookie,
      body: { paidOn: daysFromToday(1) },
    })
    expect(again.status).toBe(200)
    for (const id of b.ids) {
      expect(await row('payouts', id)).toMatchObject({ status: 'paid', paid_on: daysFromToday(0) })
    }
    const paid = await env.DB.prepare(
      `SELECT count(*) AS n FROM audit_log WHERE entity = 'payouts' AND action = 'pay'
        AND entity_id IN (SELECT value FROM json_each(?))`,
    )
      .bind(JSON.stringify(b.ids))
      .first('n')
    expect(paid).toBe(3)
  })

  it('is finance work only', async () => {
    const b = await batch()
    for (const role of ['admin', 'coordinator', 'reviewer'] as const) {
      const other = await loginAs(role)
      expect(
        (await apiRaw(`/payout-batches/${b.id}/sepa.xml`, { cookie: other.cookie })).status,
      ).toBe(403)
      expect(
        (await apiRaw(`/payout-batches/${b.id}/payouts.csv`, { cookie: other.cookie })).status,
      ).toBe(403)
    }
    expect((await row('payout_batches', b.id))?.status).toBe('open')
    expect(
      (await apiRaw('/payout-batches/999999/sepa.xml', { cookie: b.finance.cookie })).status,
    ).toBe(404)
    const bad = await apiRaw(`/payout-batches/${b.id}/sepa.xml?version=02`, {
      cookie: b.finance.cookie,
    })
    expect(bad.status).toBe(400)
  })
})

/**
 * A batch of 1,200 payouts, more than two pages of the export: payout `i` pays 100 + i cents, and
 * the due dates interleave with the ids, 600 of them on one day, so pages end inside a day.
 */
async function largeBatch() {
  const applicationId = await createAwardedApplicationRow(await createNetwork())
  await env.DB.prepare(
    `WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 1200)
    INSERT INTO payouts (application_id, network_id, plan_id, number, kind, amount_cents, due_on,
      end_to_end_id)
    SELECT a.id, a.network_id, a.plan_id, n.i, 'advance', 100 + n.i,
      CASE WHEN n.i % 2 = 0 THEN ?2 WHEN n.i % 3 = 0 THEN ?3 ELSE ?4 END, a.reference || '-' || n.i
    FROM applications a, n WHERE a.id = ?1`,
  )
    .bind(applicationId, daysFromToday(-30), daysFromToday(-1), daysFromToday(-10))
    .run()
  const { results } = await env.DB.prepare(
    'SELECT id FROM payouts WHERE application_id = ? ORDER BY due_on, id',
  )
    .bind(applicationId)
    .all<{ id: number }>()
  const id = await createBatchRow(results.map((p) => p.id))
  const { results: ordered } = await env.DB.prepare(
    'SELECT end_to_end_id AS e FROM payouts WHERE batch_id = ? ORDER BY due_on, id',
  )
    .bind(id)
    .all<{ e: string }>()
  return { id, endToEndIds: ordered.map((p) => p.e) }
}

describe('bank files of a batch larger than a page', () => {
  it('streams every payout once, by due date, with headers that count and sum them all', async () => {
    const b = await largeBatch()
    expect(new Set(b.endToEndIds).size).toBe(1200)
    const finance = await loginAs('finance')
    const xml = await text(`/payout-batches/${b.id}/sepa.xml`, finance.cookie)
    expect(xml.status).toBe(200)
    // 1,200 × 100 cents + (1 + … + 1,200) cents.
    expect(xml.body.match(/<NbOfTxs>1200<\/NbOfTxs>/g)).toHaveLength(2)
    expect(xml.body.match(/<CtrlSum>8406.00<\/CtrlSum>/g)).toHaveLength(2)
    expect(xml.body.match(/<CdtTrfTxInf>/g)).toHaveLength(1200)
    const inXml = [...xml.body.matchAll(/<EndToEndId>(.+)<\/EndToEndId>/g)].map((m) => m[1])
    expect(inXml).toEqual(b.endToEndIds)
    expect(xml.body.endsWith('</Document>\n')).toBe(true)

    const csv = await text(`/payout-batches/${b.id}/payouts.csv`, finance.cookie)
    const lines = csv.body.trimEnd().split('\r\n').slice(1)
    expect(lines.map((line) => line.split(',')[0])).toEqual(inXml)

    const again = await text(`/payout-batches/${b.id}/sepa.xml`, finance.cookie)
    expect(again.body).toBe(xml.body)
  })
})

describe('the payouts list as CSV', () => {
  it('exports exactly the filtered payouts, with the account only for finance', async () => {
    const networkId = await createNetwork()
    for (const amountCents of [2_500, 7_500, 10_000]) {
      await createPayoutRow(networkId, { amountCents })
    }
    await createPayoutRow(networkId, { kind: 'reclaim', amountCents: -1_250 })
    const filter = encodeURIComponent(JSON.stringify({ networkId, status: 'scheduled' }))
    const sort = encodeURIComponent(JSON.stringify(['amountCents', 'DESC']))
    const read = async (cookie: string) => {
      const res = await apiRaw(`/payouts/export.csv?filter=${filter}&sort=${sort}`, { cookie })
      expect(res.status).toBe(200)
      return new TextDecoder()
        .decode(await res.arrayBuffer())
        .trimEnd()
        .split('\r\n')
    }
    const finance = await read((await loginAs('finance')).cookie)
    expect(finance[0]).toContain('creditorName,iban')
    // A list export is no bank file: the account masked, as in the list.
    expect(finance[1]).toContain('NL91 **** 4300')
    expect(finance.join('\n')).not.toContain('NL91ABNA')
    expect(finance.slice(1).map((l) => l.split(',')[4])).toEqual([
      '100.00',
      '75.00',
      '25.00',
      '-12.50',
    ])
    const coordinator = await read((await loginAs('coordinator', [networkId])).cookie)
    expect(coordinator[0]).not.toContain('iban')
    expect(coordinator).toHaveLength(5)
    expect(coordinator.join('\n')).not.toContain('NL91')
    const stranger = await read((await loginAs('coordinator', [])).cookie)
    expect(stranger).toHaveLength(1)
    const reviewer = await loginAs('reviewer')
    expect((await apiRaw(`/payouts/export.csv`, { cookie: reviewer.cookie })).status).toBe(403)
  })
})
