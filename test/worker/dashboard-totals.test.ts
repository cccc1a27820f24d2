import { createScheduledController } from 'cloudflare:test'
import { env } from 'cloudflare:workers'
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest'
import app from '../../worker/app'
import worker from '../../worker/index'
import { APPLICATION_STATUSES } from '../../worker/db/schema'
import { NIGHTLY } from '../../worker/scheduled'
import {
  type Applied,
  type OpenPlan,
  type Seat,
  api,
  apiRaw,
  applyFor,
  createOpenPlan,
  createPriority,
  criteriaOf,
  daysFromToday,
  loginAs,
  scoresFor,
  seatedUser,
  unique,
} from './helpers'

// The dashboard's and the register's figures are totals that triggers keep (migration 0010). After
// every kind of write, through the API where it has one, each kept total must equal the same figure
// counted live from the rows, as the widgets counted it before they had the totals.

/** The statuses the pipeline counts: all but draft. */
const PIPELINE = APPLICATION_STATUSES.filter((status) => status !== 'draft')

/** Rows where a kept total and its live count differ; each query answers none when they agree. */
const DIFFERENCES: Record<string, string> = {
  planTotals: `SELECT * FROM (SELECT p.id, coalesce(t.paid_cents, 0) AS keptPaid,
        (SELECT coalesce(sum(x.amount_cents), 0) FROM payouts x
          WHERE x.plan_id = p.id AND x.status = 'paid' AND x.kind <> 'reclaim') AS paid,
        coalesce(t.reclaim_cents, 0) AS keptReclaim,
        (SELECT coalesce(-sum(x.amount_cents), 0) FROM payouts x
          WHERE x.plan_id = p.id AND x.kind = 'reclaim' AND x.status <> 'cancelled') AS reclaim,
        coalesce(t.settled_cents, 0) AS keptSettled,
        (SELECT coalesce(sum(r.settled_cents), 0) FROM applications a
          JOIN reports r ON r.application_id = a.id
          WHERE a.plan_id = p.id AND a.status = 'settled') AS settled,
        coalesce(t.initiative_count, 0) AS keptInitiatives,
        (SELECT count(*) FROM decisions d JOIN applications a ON a.id = d.application_id
          WHERE d.plan_id = p.id AND d.outcome = 'awarded' AND d.revoked_at IS NULL
            AND a.status IN ('awarded', 'reported', 'settled')) AS initiatives
      FROM plans p LEFT JOIN plan_totals t ON t.plan_id = p.id)
    WHERE keptPaid <> paid OR keptReclaim <> reclaim OR keptSettled <> settled
      OR keptInitiatives <> initiatives`,
  statusCounts: `WITH live AS (SELECT plan_id, status, count(*) AS n FROM applications
      WHERE submitted_at IS NOT NULL GROUP BY plan_id, status),
    kept AS (SELECT t.plan_id, s.value AS status, CASE s.value
        WHEN 'submitted' THEN submitted_count WHEN 'info_requested' THEN info_requested_count
        WHEN 'awarded' THEN awarded_count WHEN 'rejected' THEN rejected_count
        WHEN 'withdrawn' THEN withdrawn_count WHEN 'reported' THEN reported_count
        WHEN 'settled' THEN settled_count END AS n
      FROM plan_totals t, json_each('${JSON.stringify(PIPELINE)}') s)
    SELECT 'live', * FROM (SELECT * FROM live EXCEPT SELECT * FROM kept WHERE n <> 0)
    UNION ALL SELECT 'kept', * FROM (SELECT * FROM kept WHERE n <> 0 EXCEPT SELECT * FROM live)`,
  dueCounts: `WITH live AS (SELECT plan_id, decision_due_on, count(*) AS n FROM applications
      WHERE status = 'submitted' AND decision_due_on IS NOT NULL GROUP BY 1, 2),
    kept AS (SELECT plan_id, due_on, n FROM due_counts WHERE n <> 0)
    SELECT 'live', * FROM (SELECT * FROM live EXCEPT SELECT * FROM kept)
    UNION ALL SELECT 'kept', * FROM (SELECT * FROM kept EXCEPT SELECT * FROM live)`,
  reviewCounts: `WITH live AS (SELECT a.plan_id, r.reviewer_id,
        sum(r.conflict_of_interest = 0 AND r.status = 'submitted') AS submitted,
        sum(r.conflict_of_interest = 0 AND r.status = 'draft') AS drafts,
        sum(r.conflict_of_interest = 1) AS conflicted
      FROM reviews r JOIN applications a ON a.id = r.application_id
      WHERE a.status = 'submitted' GROUP BY 1, 2),
    kept AS (SELECT plan_id, reviewer_id, submitted, drafts, conflicted FROM review_counts
      WHERE submitted <> 0 OR drafts <> 0 OR conflicted <> 0)
    SELECT 'live', * FROM (SELECT * FROM live EXCEPT SELECT * FROM kept)
    UNION ALL SELECT 'kept', * FROM (SELECT * FROM kept EXCEPT SELECT * FROM live)`,
  priorityTotals: `WITH live AS (SELECT s.priority_id, count(*) AS applications,
        count(s.share) AS awarded, coalesce(sum(s.share), 0) AS cents
      FROM (SELECT ap.priority_id,
          CASE WHEN d.id IS NOT NULL THEN
            coalesce(r.settled_cents, d.amount_cents) / count(*) OVER per_application
            + CASE WHEN row_number() OVER in_plan_order = 1
                THEN coalesce(r.settled_cents, d.amount_cents) % count(*) OVER per_application
                ELSE 0 END
          END AS share
        FROM application_priorities ap
        JOIN applications a ON a.id = ap.application_id
        JOIN priorities q ON q.id = ap.priority_id
        LEFT JOIN decisions d ON d.application_id = a.id AND d.revoked_at IS NULL
          AND d.outcome = 'awarded'
        LEFT JOIN reports r ON r.application_id = a.id
        WHERE a.submitted_at IS NOT NULL AND a.status <> 'withdrawn'
        WINDOW per_application AS (PARTITION BY ap.application_id),
          in_plan_order AS (PARTITION BY ap.application_id ORDER BY q.position, q.id)) s
      GROUP BY s.priority_id),
    kept AS (SELECT priority_id, application_count, awarded_count, awarded_cents
      FROM priority_totals WHERE application_count <> 0 OR awarded_count <> 0 OR awarded_cents <> 0)
    SELECT 'live', * FROM (SELECT * FROM live EXCEPT SELECT * FROM kept)
    UNION ALL SELECT 'kept', * FROM (SELECT * FROM kept EXCEPT SELECT * FROM live)`,
  payoutHolds: `WITH live AS (SELECT p.id, p.application_id, p.network_id, p.plan_id, p.due_on,
        p.amount_cents,
        CASE
          WHEN coalesce(a.iban, '') = '' OR coalesce(a.account_holder, '') = '' THEN 'noAccount'
          WHEN EXISTS (SELECT 1 FROM bank_changes bc WHERE bc.application_id = a.id
            AND bc.status = 'pending') THEN 'pendingChange'
        END AS reason
      FROM payouts p JOIN applications a ON a.id = p.application_id
      WHERE p.status = 'scheduled' AND p.amount_cents > 0),
    held AS (SELECT * FROM live WHERE reason IS NOT NULL),
    kept AS (SELECT payout_id, application_id, network_id, plan_id, due_on, amount_cents, reason
      FROM payout_holds)
    SELECT 'live', * FROM (SELECT * FROM held EXCEPT SELECT * FROM kept)
    UNION ALL SELECT 'kept', * FROM (SELECT * FROM kept EXCEPT SELECT * FROM held)`,
}

/** Every kept total against its live count, named, so a failure says which drifted and how. */
async function expectTotalsExact(step: string) {
  const names = Object.keys(DIFFERENCES)
  const answers = await env.DB.batch(names.map((name) => env.DB.prepare(DIFFERENCES[name])))
  const drift = Object.fromEntries(names.map((name, i) => [name, answers[i].results]))
  expect(drift, `after ${step}`).toEqual(Object.fromEntries(names.map((name) => [name, []])))
}

async function sql(query: string, ...values: unknown[]) {
  await env.DB.prepare(query)
    .bind(...values)
    .run()
}

async function firstValue<T>(query: string, ...values: unknown[]): Promise<T> {
  return (await env.DB.prepare(query)
    .bind(...values)
    .first<T>('v')) as T
}

let plan: OpenPlan
let third: number
let criteria: number[]
let residents: Seat[]
let coordinator: Seat
let finance: { cookie: string }[]

beforeAll(async () => {
  plan = await createOpenPlan({ budgetCents: 10_000_000 })
  await sql('UPDATE plans SET max_grant_cents = 1000000 WHERE id = ?', plan.planId)
  third = await createPriority(plan.planId, 'Jongeren')
  criteria = await criteriaOf(plan.planId)
  residents = [
    await seatedUser(plan.networkId, 'resident'),
    await seatedUser(plan.networkId, 'resident'),
    await seatedUser(plan.networkId, 'resident'),
    await seatedUser(plan.networkId, 'resident'),
  ]
  coordinator = await seatedUser(plan.networkId, 'professional', 'coordinator')
  finance = [await loginAs('finance'), await loginAs('finance')]
})

/** A submitted application of a foundation asking `requestedCents`, with a budget to match. */
const apply = (overrides: Record<string, unknown> = {}, requestedCents = 50_000) =>
  applyFor(plan, {
    submit: true,
    applicantType: 'foundation',
    kvkNumber: '12345678',
    supporters: 30,
    requestedCents,
    budgetLines: [{ description: 'Alles', category: 'activities', amountCents: requestedCents }],
    ...overrides,
  })

/** A quorate, unanimous decision of three residents, through the API. */
async function decide(
  app: Applied,
  outcome: 'awarded' | 'rejected',
  amountCents = 0,
  present = residents.slice(0, 3),
) {
  const res = await api('/decisions', {
    cookie: coordinator.cookie,
    body: {
      applicationId: app.id,
      outcome,
      amountCents,
      motivation: 'Besproken in de vergadering van het netwerk.',
      presentMemberIds: present.map((r) => r.seat),
      votesFor: outcome === 'awarded' ? 3 : 0,
      votesAgainst: outcome === 'awarded' ? 0 : 3,
      abstentions: 0,
    },
  })
  expect(res.status, JSON.stringify(res.body)).toBe(201)
  return res.body
}

async function review(app: Applied, seat: Seat, body: Record<string, unknown>) {
  const res = await api('/reviews', {
    cookie: seat.cookie,
    body: { applicationId: app.id, ...body },
  })
  expect(res.status, JSON.stringify(res.body)).toBe(201)
  return res.body as { id: number }
}

async function payoutsOf(app: Applied) {
  const { results } = await env.DB.prepare(
    'SELECT id, status FROM payouts WHERE application_id = ? ORDER BY number',
  )
    .bind(app.id)
    .all<{ id: number; status: string }>()
  return results
}

/** A batch of the payouts, its bank file downloaded (which exports it), and then paid. */
async function pay(payoutIds: number[]) {
  const batch = await api('/payout-batches', {
    cookie: finance[0].cookie,
    body: { executionDate: daysFromToday(1), payoutIds },
  })
  expect(batch.status, JSON.stringify(batch.body)).toBe(201)
  await (
    await apiRaw(`/payout-batches/${batch.body.id}/sepa.xml`, { cookie: finance[0].cookie })
  ).text()
  const paid = await api(`/payout-batches/${batch.body.id}/mark-paid`, {
    cookie: finance[0].cookie,
    body: { paidOn: daysFromToday(0) },
  })
  expect(paid.status, JSON.stringify(paid.body)).toBe(200)
}

async function report(app: Applied) {
  const res = await api(`/public/applications/${app.token}/report`, {
    body: {
      narrative: 'Het was een mooie dag.',
      participantsReached: 42,
      actualCostsCents: 40_000,
      financialOverview: 'Zaal 3000, eten 2000',
    },
  })
  expect(res.status, JSON.stringify(res.body)).toBe(201)
  return firstValue<number>('SELECT id AS v FROM reports WHERE application_id = ?', app.id)
}

describe('the totals the dashboard and the register read', () => {
  it('stay equal to the live counts through applying, reviewing, deciding and paying', async () => {
    const [first, second] = plan.priorityIds
    await expectTotalsExact('the plan is opened')

    const draft = await applyFor(plan)
    const split = await apply({ priorityIds: [first, second, third] }, 600_001)
    const small = await apply({ priorityIds: [second] })
    const refused = await apply({ priorityIds: [third] })
    const withdrawn = await apply({ priorityIds: [first] })
    await expectTotalsExact('applying')

    expect(
      (await api(`/public/applications/${draft.token}/submit`, { method: 'POST' })).status,
    ).toBe(200)
    expect(
      (await api(`/public/applications/${withdrawn.token}/withdraw`, { method: 'POST' })).status,
    ).toBe(200)
    await expectTotalsExact('submitting a draft and withdrawing')

    const drafted = await review(split, residents[0], {
      scores: [{ criterionId: criteria[0], score: 2, reason: '' }],
    })
    await review(split, residents[1], { scores: scoresFor(criteria, [3, 4]), status: 'submitted' })
    await review(small, residents[2], {
      conflictOfInterest: true,
      conflictNote: 'De aanvrager is mijn buurvrouw.',
    })
    await review(small, residents[3], { scores: scoresFor(criteria, [3, 4]), status: 'submitted' })
    await expectTotalsExact('reviewing')
    const submitted = await api(`/reviews/${drafted.id}`, {
      cookie: residents[0].cookie,
      method: 'PUT',
      body: { scores: scoresFor(criteria, [4, 4]), status: 'submitted' },
    })
    expect(submitted.status, JSON.stringify(submitted.body)).toBe(200)
    await expectTotalsExact('submitting a drafted review')

    const asked = await api(`/applications/${small.id}/request-info`, {
      cookie: coordinator.cookie,
      body: { message: 'Stuur de offerte mee.' },
    })
    expect(asked.status, JSON.stringify(asked.body)).toBe(200)
    await expectTotalsExact('asking for information')
    expect(
      (await api(`/public/applications/${small.token}/submit`, { method: 'POST' })).status,
    ).toBe(200)
    await expectTotalsExact('handing the application in again')

    await decide(split, 'awarded', 600_001)
    // The third resident declared a conflict of interest in it.
    await decide(small, 'awarded', 50_000, [residents[0], residents[1], residents[3]])
    await decide(refused, 'rejected')
    await expectTotalsExact('deciding')

    // The remainder of the split award follows the first priority in the plan's order (which the
    // API fixes once a plan is published, so it moves here in SQL).
    await sql('UPDATE priorities SET position = 0 WHERE id = ?', third)
    await sql('UPDATE priorities SET position = 5 WHERE id = ?', first)
    await expectTotalsExact('reordering the priorities')

    const change = await api('/bank-changes', {
      cookie: finance[0].cookie,
      body: {
        applicationId: small.id,
        iban: 'NL02ABNA0123456789',
        accountHolder: 'Stichting De Linde',
        note: 'Nieuwe bank',
      },
    })
    expect(change.status, JSON.stringify(change.body)).toBe(201)
    await sql(`UPDATE applications SET account_holder = NULL WHERE id = ?`, split.id)
    await expectTotalsExact('a bank change waiting and an account missing')
    const approved = await api(`/bank-changes/${change.body.id}/approve`, {
      cookie: finance[1].cookie,
      method: 'POST',
    })
    expect(approved.status, JSON.stringify(approved.body)).toBe(200)
    await sql(`UPDATE applications SET account_holder = 'Stichting' WHERE id = ?`, split.id)
    await expectTotalsExact('approving the change and adding the account')

    const cancelledBatch = await api('/payout-batches', {
      cookie: finance[0].cookie,
      body: { executionDate: daysFromToday(1), payoutIds: [(await payoutsOf(small))[0].id] },
    })
    expect(cancelledBatch.status, JSON.stringify(cancelledBatch.body)).toBe(201)
    await expectTotalsExact('batching')
    const cancel = await api(`/payout-batches/${cancelledBatch.body.id}/cancel`, {
      cookie: finance[0].cookie,
      method: 'POST',
    })
    expect(cancel.status, JSON.stringify(cancel.body)).toBe(200)
    await expectTotalsExact('cancelling the batch')
    await pay([...(await payoutsOf(small)), ...(await payoutsOf(split))].map((p) => p.id))
    await expectTotalsExact('paying')

    // Settled lower: a reclaim, and the settled amount counts for the plan and the priorities.
    const settledLower = await api(`/reports/${await report(small)}/settle`, {
      cookie: coordinator.cookie,
      body: { settledCents: 40_000, reason: 'Minder kosten gemaakt.' },
    })
    expect(settledLower.status, JSON.stringify(settledLower.body)).toBe(200)
    await expectTotalsExact('settling lower, with a reclaim')
    const reportOfSplit = await report(split)
    await expectTotalsExact('reporting')
    const settled = await api(`/reports/${reportOfSplit}/settle`, {
      cookie: coordinator.cookie,
      body: { settledCents: 600_001 },
    })
    expect(settled.status, JSON.stringify(settled.body)).toBe(200)
    await expectTotalsExact('settling in full, with the final payment')
    await pay((await payoutsOf(split)).filter((p) => p.status === 'scheduled').map((p) => p.id))
    await sql(
      `UPDATE payouts SET status = 'cancelled' WHERE application_id = ? AND kind = 'reclaim'`,
      small.id,
    )
    await expectTotalsExact('paying the final payment and cancelling the reclaim')

    // Writes the API has no route for: a decision replaced after an objection, a changed amount,
    // a review and a decision deleted.
    const decided = await firstValue<number>(
      'SELECT id AS v FROM decisions WHERE application_id = ?',
      refused.id,
    )
    await sql(
      `UPDATE decisions SET revoked_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') WHERE id = ?`,
      decided,
    )
    await expectTotalsExact('revoking a decision')
    await sql(`UPDATE applications SET status = 'awarded' WHERE id = ?`, refused.id)
    await sql(
      `INSERT INTO decisions (application_id, network_id, plan_id, outcome, amount_cents, motivation,
        decided_on, objection_deadline, votes_for, votes_against, abstentions, decided_by)
        SELECT application_id, network_id, plan_id, 'awarded', 30_000, 'Na bezwaar', decided_on,
          objection_deadline, 3, 0, 0, decided_by FROM decisions WHERE id = ?`,
      decided,
    )
    await expectTotalsExact('awarding after an objection')
    await sql(
      `UPDATE decisions SET amount_cents = 20000 WHERE application_id = ? AND revoked_at IS NULL`,
      refused.id,
    )
    await expectTotalsExact('changing an award')
    await sql('DELETE FROM decisions WHERE id = ?', decided)
    await sql('DELETE FROM reviews WHERE id = ?', drafted.id)
    await expectTotalsExact('deleting a revoked decision and a review')
  })

  it('stay equal when the nightly retention anonymises files and deletes old drafts', async () => {
    const draft = await applyFor(plan, { priorityIds: plan.priorityIds })
    await sql(
      `UPDATE applications SET updated_at = '2000-01-01T00:00:00.000Z',
        created_at = '2000-01-01T00:00:00.000Z' WHERE id = ?`,
      draft.id,
    )
    const closed = await apply({ priorityIds: [plan.priorityIds[0]] })
    await decide(closed, 'rejected')
    await sql(`UPDATE applications SET closed_on = '2001-01-01' WHERE id = ?`, closed.id)
    await worker.scheduled(
      createScheduledController({
        scheduledTime: new Date(`${daysFromToday(1)}T02:00:00Z`),
        cron: NIGHTLY,
      }),
      env,
    )
    expect(await firstValue('SELECT count(*) AS v FROM applications WHERE id = ?', draft.id)).toBe(
      0,
    )
    expect(
      await firstValue(
        'SELECT anonymised_at IS NOT NULL AS v FROM applications WHERE id = ?',
        closed.id,
      ),
    ).toBe(1)
    await expectTotalsExact('retention')
  })

  it('are filled from the rows already there by the migration', async () => {
    const migration = env.TEST_MIGRATIONS.find((m) => m.name.startsWith('0010_'))
    const backfill = (migration?.queries ?? []).filter((q) =>
      /^(--[^\n]*\n)*INSERT INTO/.test(q.trim()),
    )
    expect(backfill).toHaveLength(5)
    const kept = ['priority_shares', 'priority_totals', 'plan_totals', 'due_counts']
    await env.DB.batch(
      [...kept, 'review_counts', 'payout_holds'].map((t) => env.DB.prepare(`DELETE FROM ${t}`)),
    )
    await env.DB.batch(backfill.map((q) => env.DB.prepare(q)))
    await expectTotalsExact('the backfill')
  })
})

/** The worker as `npm run bench` runs it, which reports the rows its requests read. */
async function rowsRead(path: string, cookie = '') {
  const request = new Request(`http://localhost${path}`, { headers: { cookie } })
  const res = await app.fetch(request, { ...env, BENCH_METRICS: '1' })
  expect(res.status, path).toBe(200)
  await res.text()
  const metric = /d1-rows-read;desc=(\d+)/.exec(res.headers.get('server-timing') ?? '')
  return Number(metric?.[1])
}

describe('what the widgets and the register read', () => {
  afterEach(() => {
    vi.restoreAllMocks()
  })

  it('does not grow with the applications, reviews, decisions and payouts of a plan', async () => {
    // The bench metrics' log line per request would fill the test output.
    vi.spyOn(console, 'log').mockImplementation(() => undefined)
    const grown = await createOpenPlan()
    const admin = await loginAs('admin')
    const decider = await seatedUser(grown.networkId, 'professional', 'coordinator')
    const reviewers = [
      await seatedUser(grown.networkId, 'resident'),
      await seatedUser(grown.networkId, 'resident'),
    ]
    /** `count` applications in every status the widgets count, with what each status implies. */
    const add = async (count: number) => {
      const hash = unique('hash')
      const statuses = `CASE j.key % 4 WHEN 0 THEN 'submitted' WHEN 1 THEN 'awarded'
        WHEN 2 THEN 'rejected' ELSE 'settled' END`
      const { results } = await env.DB.prepare(
        `INSERT INTO applications (plan_id, network_id, status, title, access_token_hash,
            submitted_at, decision_due_on, iban, account_holder, priority_ids)
          SELECT ?1, ?2, ${statuses}, 'Initiatief ' || j.key, ?3 || j.key,
            '2026-03-01T10:00:00.000Z', date(?4, '+' || (j.key % 5) || ' days'), ?5, 'Stichting',
            json_array(?6)
          FROM json_each(?7) j RETURNING id`,
      )
        .bind(
          grown.planId,
          grown.networkId,
          hash,
          daysFromToday(-2),
          'NL91ABNA0417164300',
          grown.priorityIds[0],
          JSON.stringify(Array.from({ length: count }, () => 0)),
        )
        .all<{ id: number }>()
      const made = `(${results.map((r) => r.id).join(', ')})`
      await env.DB.batch([
        env.DB.prepare(
          `INSERT INTO decisions (application_id, network_id, plan_id, outcome, amount_cents,
              motivation, decided_on, objection_deadline, votes_for, votes_against, abstentions,
              decided_by)
            SELECT id, network_id, plan_id, iif(status = 'rejected', 'rejected', 'awarded'),
              iif(status = 'rejected', 0, 10000), 'Besloten', date('2026-01-01', '+' || (id % 300)
              || ' days'), '2026-12-31', 3, 0, 0, ?1
            FROM applications WHERE id IN ${made} AND status <> 'submitted'`,
        ).bind(decider.user.id),
        env.DB.prepare(
          `INSERT INTO payouts (application_id, network_id, plan_id, number, kind, amount_cents,
              due_on, status, paid_on, end_to_end_id)
            SELECT id, network_id, plan_id, 1, 'advance', 10000, ?1, 'paid', ?1, ?2 || id
            FROM applications WHERE id IN ${made} AND status IN ('awarded', 'settled')`,
        ).bind(daysFromToday(0), hash),
        env.DB.prepare(
          `INSERT INTO reports (application_id, network_id, narrative, participants_reached,
              actual_costs_cents, submitted_at, settled_cents, settled_on)
            SELECT id, network_id, 'Gedaan', 10, 9000, '2026-06-01T10:00:00.000Z', 9000, ?1
            FROM applications WHERE id IN ${made} AND status = 'settled'`,
        ).bind(daysFromToday(0)),
        env.DB.prepare(
          `INSERT INTO reviews (application_id, network_id, reviewer_id, status, total)
            SELECT a.id, a.network_id, r.value, 'submitted', 70
            FROM applications a, json_each(?1) r WHERE a.id IN ${made} AND a.status = 'submitted'`,
        ).bind(JSON.stringify(reviewers.map((r) => r.user.id))),
      ])
    }
    const year = daysFromToday(0).slice(0, 4)
    const costs = async () => ({
      budget: await rowsRead('/api/dashboard/budget', admin.cookie),
      priorities: await rowsRead(`/api/dashboard/priorities?planId=${grown.planId}`, admin.cookie),
      pipeline: await rowsRead('/api/dashboard/pipeline', admin.cookie),
      reviews: await rowsRead('/api/dashboard/review-progress', admin.cookie),
      due: await rowsRead('/api/dashboard/decisions-due', admin.cookie),
      held: await rowsRead('/api/dashboard/held-payouts', admin.cookie),
      register: await rowsRead(`/api/public/register?year=${year}`),
    })

    // Enough awards for a full page of the register, whose rows are read for what it shows.
    await add(240)
    const before = await costs()
    await add(480)
    const { register, ...widgets } = await costs()
    expect(widgets).toEqual({ ...before, register: undefined })
    // The register reads its page: 51 awards per plan, each with its report and priorities.
    expect(register).toBeGreaterThan(before.register - 20)
    expect(register).toBeLessThan(before.register + 20)
    await expectTotalsExact('loading applications in bulk')
  })
})
