import { type SQL, and, asc, count, desc, eq, inArray, sql } from 'drizzle-orm'
import type { DB } from '../db/client'
import { APPLICATION_STATUSES, payoutBatches, payouts, plans } from '../db/schema'
import { DUE_SOON_DAYS, addDays, dueStatus } from '../domain/decision-due'
import { ownNetworks, reachesNetwork } from '../lib/access'
import { today } from '../lib/clock'
import type { SessionUser } from '../lib/context'
import { ApiError } from '../lib/errors'

/** Which plans (or payouts) a widget covers; every part is optional and narrows the user's reach. */
export interface DashboardScope {
  networkId?: number
  planId?: number
  year?: number
}

/** How many records a widget lists beside its counts: enough to act on, never the whole list. */
const FIRST_FEW = 5

/**
 * Refuses a network or plan outside the user's reach with 404, as every resource does, so asking
 * for another network's figures tells nothing about it.
 */
export async function assertReach(db: DB, user: SessionUser, scope: DashboardScope): Promise<void> {
  if (scope.networkId !== undefined && !reachesNetwork(user, scope.networkId)) {
    throw new ApiError(404, 'notFound')
  }
  if (scope.planId === undefined) return
  const [plan] = await db
    .select({ id: plans.id })
    .from(plans)
    .where(and(eq(plans.id, scope.planId), ownNetworks(user, plans.networkId)))
  if (!plan) throw new ApiError(404, 'notFound')
}

/** The plans in scope, as a condition over a plans table aliased `p`. */
function planFilter(user: SessionUser, scope: DashboardScope): SQL {
  return (
    and(
      ownNetworks(user, sql`p.network_id`),
      scope.networkId === undefined ? undefined : sql`p.network_id = ${scope.networkId}`,
      scope.planId === undefined ? undefined : sql`p.id = ${scope.planId}`,
      scope.year === undefined ? undefined : sql`p.year = ${scope.year}`,
    ) ?? sql`1 = 1`
  )
}

const plansInScope = (user: SessionUser, scope: DashboardScope) =>
  sql`(SELECT p.id FROM plans p WHERE ${planFilter(user, scope)})`

export interface PlanBudget {
  planId: number
  planTitle: string
  year: number
  planStatus: string
  networkId: number
  networkName: string
  /** The ceiling (subsidieplafond). */
  budgetCents: number
  /** Live awards; once settled, the settled amount (money not spent returns to the plan). */
  awardedCents: number
  /** Transfers paid out, reclaims not deducted. */
  paidCents: number
  /** Reclaims after settlement: money the initiatives pay back (shown beside paid, not netted). */
  reclaimCents: number
  /** The settled amounts of settled reports. */
  settledCents: number
  remainingCents: number
}

/** Ceiling, awarded, paid, reclaimed, settled and remaining per plan in scope, in one query. */
export async function budgetPerPlan(
  db: DB,
  user: SessionUser,
  scope: DashboardScope,
): Promise<PlanBudget[]> {
  const rows = await db.all<Omit<PlanBudget, 'remainingCents'>>(
    sql`SELECT p.id AS planId, p.title AS planTitle, p.year AS year, p.status AS planStatus,
        p.network_id AS networkId, n.name AS networkName, p.budget_cents AS budgetCents,
        p.awarded_cents AS awardedCents,
        (SELECT coalesce(sum(x.amount_cents), 0) FROM payouts x
          WHERE x.plan_id = p.id AND x.status = 'paid' AND x.kind <> 'reclaim') AS paidCents,
        (SELECT coalesce(-sum(x.amount_cents), 0) FROM payouts x
          WHERE x.plan_id = p.id AND x.kind = 'reclaim' AND x.status <> 'cancelled') AS reclaimCents,
        (SELECT coalesce(sum(r.settled_cents), 0) FROM applications a
          JOIN reports r ON r.application_id = a.id
          WHERE a.plan_id = p.id AND a.status = 'settled') AS settledCents
      FROM plans p JOIN networks n ON n.id = p.network_id
      WHERE ${planFilter(user, scope)}
      ORDER BY p.year DESC, n.name, p.title, p.id`,
  )
  return rows.map((r) => ({ ...r, remainingCents: r.budgetCents - r.awardedCents }))
}

export interface PriorityFigures {
  planId: number
  priorityId: number
  title: string
  /** Applications received (submitted, not withdrawn) that name this priority. */
  applicationCount: number
  /** Of those, the ones awarded. */
  awardedCount: number
  /** This priority's share of their awards; see `awardedPerPriority`. */
  awardedCents: number
}

/**
 * Applications and awarded money per priority of each plan in scope. An award that serves several
 * priorities is split evenly over them in whole cents, the remainder going to the plan's first
 * one among them, so the priorities of a plan add up exactly to its awarded total. A settled award
 * counts at its settled amount, as the plan's total does.
 */
export async function awardedPerPriority(
  db: DB,
  user: SessionUser,
  scope: DashboardScope,
): Promise<PriorityFigures[]> {
  const filter = planFilter(user, scope)
  return db.all<PriorityFigures>(
    sql`SELECT pr.plan_id AS planId, pr.id AS priorityId, pr.title AS title,
        count(s.application_id) AS applicationCount, count(s.share) AS awardedCount,
        coalesce(sum(s.share), 0) AS awardedCents
      FROM priorities pr
      JOIN plans p ON p.id = pr.plan_id
      LEFT JOIN (
        SELECT ap.priority_id, ap.application_id,
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
        WHERE a.plan_id IN ${plansInScope(user, scope)}
          AND a.submitted_at IS NOT NULL AND a.status <> 'withdrawn'
        WINDOW per_application AS (PARTITION BY ap.application_id),
          in_plan_order AS (PARTITION BY ap.application_id ORDER BY q.position, q.id)
      ) s ON s.priority_id = pr.id
      WHERE ${filter}
      GROUP BY pr.id
      ORDER BY p.year DESC, pr.plan_id, pr.position, pr.id`,
  )
}

/** Every status an application reaches once staff can see it. */
const PIPELINE_STATUSES = APPLICATION_STATUSES.filter((status) => status !== 'draft')
type PipelineStatus = (typeof PIPELINE_STATUSES)[number]

export interface Pipeline {
  planId: number
  counts: Record<PipelineStatus, number>
}

/** The number of submitted applications per status, per plan in scope (plans without any too). */
export async function pipeline(
  db: DB,
  user: SessionUser,
  scope: DashboardScope,
): Promise<Pipeline[]> {
  const rows = await db.all<{ planId: number; status: PipelineStatus | null; count: number }>(
    sql`SELECT p.id AS planId, a.status AS status, count(a.id) AS count
      FROM plans p
      LEFT JOIN applications a ON a.plan_id = p.id AND a.submitted_at IS NOT NULL
      WHERE ${planFilter(user, scope)}
      GROUP BY p.id, a.status
      ORDER BY p.year DESC, p.id`,
  )
  const byPlan = new Map<number, Pipeline>()
  for (const row of rows) {
    const plan = byPlan.get(row.planId) ?? {
      planId: row.planId,
      counts: Object.fromEntries(PIPELINE_STATUSES.map((s) => [s, 0])) as Pipeline['counts'],
    }
    if (row.status) plan.counts[row.status] = row.count
    byPlan.set(row.planId, plan)
  }
  return [...byPlan.values()]
}

export interface ReviewFigures {
  planId: number
  /** Applications waiting for the panel (status submitted). */
  applications: number
  /** Active reviewers with a seat in the plan's network. */
  panelSize: number
  /** Reviews the panel owes: every member on every application, less declared conflicts. */
  expected: number
  submitted: number
  drafts: number
  conflicted: number
}

/** Submitted reviews against what the panel owes, per plan in scope, in one query. */
export async function reviewProgressPerPlan(
  db: DB,
  user: SessionUser,
  scope: DashboardScope,
): Promise<ReviewFigures[]> {
  // The panel as the ranking counts it: active reviewers with a seat in the network.
  const onPanel = (networkId: SQL, userId: SQL) => sql`EXISTS (SELECT 1 FROM members m
    JOIN users u ON u.id = m.user_id
    WHERE m.network_id = ${networkId} AND m.user_id = ${userId}
      AND u.role = 'reviewer' AND u.active = 1)`
  const rows = await db.all<Omit<ReviewFigures, 'expected'>>(
    sql`SELECT p.id AS planId,
        (SELECT count(*) FROM applications a
          WHERE a.plan_id = p.id AND a.status = 'submitted') AS applications,
        (SELECT count(*) FROM members m JOIN users u ON u.id = m.user_id
          WHERE m.network_id = p.network_id AND u.role = 'reviewer' AND u.active = 1) AS panelSize,
        coalesce(rv.submitted, 0) AS submitted, coalesce(rv.drafts, 0) AS drafts,
        coalesce(rv.conflicted, 0) AS conflicted
      FROM plans p
      LEFT JOIN (
        SELECT a.plan_id,
          sum(r.conflict_of_interest = 0 AND r.status = 'submitted') AS submitted,
          sum(r.conflict_of_interest = 0 AND r.status = 'draft') AS drafts,
          sum(r.conflict_of_interest = 1) AS conflicted
        FROM reviews r JOIN applications a ON a.id = r.application_id
        WHERE a.plan_id IN ${plansInScope(user, scope)} AND a.status = 'submitted'
          AND ${onPanel(sql`a.network_id`, sql`r.reviewer_id`)}
        GROUP BY a.plan_id
      ) rv ON rv.plan_id = p.id
      WHERE ${planFilter(user, scope)}
      ORDER BY p.year DESC, p.id`,
  )
  return rows.map((r) => ({ ...r, expected: r.panelSize * r.applications - r.conflicted }))
}

export interface DueApplication {
  id: number
  reference: string
  title: string
  planId: number
  networkId: number
  decisionDueOn: string
  dueStatus: 'overdue' | 'dueSoon'
}

export interface DecisionsDue {
  overdue: number
  dueSoon: number
  /** The most urgent few, overdue first. */
  first: DueApplication[]
}

/**
 * Submitted applications whose decision is overdue or due within 14 days, as the applications
 * list's `due` filter selects them: the counts and the most urgent few, in one query (the window
 * sums count every match before the limit).
 */
export async function decisionsDue(
  db: DB,
  user: SessionUser,
  scope: DashboardScope,
): Promise<DecisionsDue> {
  const day = today()
  const rows = await db.all<Omit<DueApplication, 'dueStatus'> & { total: number; late: number }>(
    sql`SELECT a.id AS id, a.reference AS reference, a.title AS title, a.plan_id AS planId,
        a.network_id AS networkId, a.decision_due_on AS decisionDueOn,
        count(*) OVER () AS total, sum(a.decision_due_on < ${day}) OVER () AS late
      FROM applications a
      WHERE a.plan_id IN ${plansInScope(user, scope)} AND a.status = 'submitted'
        AND a.decision_due_on <= ${addDays(day, DUE_SOON_DAYS)}
      ORDER BY a.decision_due_on, a.id
      LIMIT ${FIRST_FEW}`,
  )
  const [head] = rows
  return {
    overdue: head?.late ?? 0,
    dueSoon: head ? head.total - head.late : 0,
    first: rows.map(({ total: _total, late: _late, ...a }) => ({
      ...a,
      dueStatus: dueStatus(a.decisionDueOn, day) === 'overdue' ? 'overdue' : 'dueSoon',
    })),
  }
}

/** The Monday of the (Monday to Sunday) week of a calendar day. */
function mondayOf(day: string): string {
  const weekday = new Date(`${day}T00:00:00Z`).getUTCDay()
  return addDays(day, -((weekday + 6) % 7))
}

export interface DueBucket {
  /** First and last due day of the bucket (inclusive); `from` is null for everything earlier. */
  from: string | null
  to: string
  count: number
  totalCents: number
}

export interface PayoutsDue {
  today: string
  /** Still scheduled although due before this week. */
  late: DueBucket
  thisWeek: DueBucket
  nextWeek: DueBucket
}

/** The payouts condition of a finance widget: the network and plan asked for. */
function payoutFilter(scope: DashboardScope): SQL | undefined {
  return and(
    scope.networkId === undefined ? undefined : eq(payouts.networkId, scope.networkId),
    scope.planId === undefined ? undefined : eq(payouts.planId, scope.planId),
  )
}

/**
 * Scheduled transfers due this week and next (Monday to Sunday, Dutch calendar), and those due
 * earlier that are still not in a batch: count and sum of each, in one query. Reclaims are money
 * to collect, not to pay, and are left out as batches leave them out.
 */
export async function payoutsDue(db: DB, scope: DashboardScope): Promise<PayoutsDue> {
  const day = today()
  const monday = mondayOf(day)
  const sunday = addDays(monday, 6)
  const nextMonday = addDays(monday, 7)
  const nextSunday = addDays(monday, 13)
  const within = (from: string | null, to: string) =>
    from === null ? sql`${payouts.dueOn} <= ${to}` : sql`${payouts.dueOn} BETWEEN ${from} AND ${to}`
  const bucket = (from: string | null, to: string) => ({
    count: sql<number>`coalesce(sum(${within(from, to)}), 0)`,
    totalCents: sql<number>`coalesce(sum(CASE WHEN ${within(from, to)}
      THEN ${payouts.amountCents} ELSE 0 END), 0)`,
  })
  const late = addDays(monday, -1)
  const [row] = await db
    .select({
      late: bucket(null, late),
      thisWeek: bucket(monday, sunday),
      nextWeek: bucket(nextMonday, nextSunday),
    })
    .from(payouts)
    .where(
      and(
        eq(payouts.status, 'scheduled'),
        sql`${payouts.amountCents} > 0`,
        sql`${payouts.dueOn} <= ${nextSunday}`,
        payoutFilter(scope),
      ),
    )
  return {
    today: day,
    late: { from: null, to: late, ...row.late },
    thisWeek: { from: monday, to: sunday, ...row.thisWeek },
    nextWeek: { from: nextMonday, to: nextSunday, ...row.nextWeek },
  }
}

export type HoldReason = 'noAccount' | 'pendingChange'

export interface HeldPayout {
  id: number
  applicationId: number
  reference: string
  title: string
  dueOn: string
  amountCents: number
  reason: HoldReason
}

interface Sum {
  count: number
  totalCents: number
}

export interface HeldPayouts extends Sum {
  byReason: Record<HoldReason, Sum>
  /** The earliest due few. */
  first: HeldPayout[]
}

/**
 * Scheduled transfers that a batch would leave out: to an application without a known account, or
 * with a bank change waiting for a second person's approval. Counts and sums per reason and the
 * earliest few, in one query.
 */
export async function heldPayouts(db: DB, scope: DashboardScope): Promise<HeldPayouts> {
  const filter = payoutFilter(scope) ?? sql`1 = 1`
  const rows = await db.all<
    HeldPayout & {
      total: number
      totalCents: number
      noAccount: number
      noAccountCents: number
    }
  >(
    sql`WITH held AS (
        SELECT payouts.id, payouts.application_id, payouts.due_on, payouts.amount_cents,
          a.reference, a.title,
          CASE
            WHEN coalesce(a.iban, '') = '' OR coalesce(a.account_holder, '') = '' THEN 'noAccount'
            WHEN EXISTS (SELECT 1 FROM bank_changes bc WHERE bc.application_id = a.id
              AND bc.status = 'pending') THEN 'pendingChange'
          END AS reason
        FROM payouts JOIN applications a ON a.id = payouts.application_id
        WHERE payouts.status = 'scheduled' AND payouts.amount_cents > 0 AND ${filter}
      )
      SELECT id, application_id AS applicationId, reference, title, due_on AS dueOn,
        amount_cents AS amountCents, reason,
        count(*) OVER () AS total, sum(amount_cents) OVER () AS totalCents,
        sum(reason = 'noAccount') OVER () AS noAccount,
        sum(CASE WHEN reason = 'noAccount' THEN amount_cents ELSE 0 END) OVER () AS noAccountCents
      FROM held WHERE reason IS NOT NULL
      ORDER BY due_on, id
      LIMIT ${FIRST_FEW}`,
  )
  const [head] = rows
  const total = { count: head?.total ?? 0, totalCents: head?.totalCents ?? 0 }
  const noAccount = { count: head?.noAccount ?? 0, totalCents: head?.noAccountCents ?? 0 }
  return {
    ...total,
    byReason: {
      noAccount,
      pendingChange: {
        count: total.count - noAccount.count,
        totalCents: total.totalCents - noAccount.totalCents,
      },
    },
    first: rows.map(({ id, applicationId, reference, title, dueOn, amountCents, reason }) => ({
      id,
      applicationId,
      reference,
      title,
      dueOn,
      amountCents,
      reason,
    })),
  }
}

/** Batches still in hand: open ones need their bank file, exported ones the bank's payment. */
const UNPAID_BATCHES = ['open', 'exported'] as const
/** More unpaid batches than this means something is stuck; the list links to the rest. */
const BATCHES_SHOWN = 20

export interface UnpaidBatches {
  open: Sum & { batches: number }
  exported: Sum & { batches: number }
  batches: {
    id: number
    status: (typeof UNPAID_BATCHES)[number]
    executionDate: string
    count: number
    totalCents: number
    exportedAt: string | null
  }[]
}

/**
 * Open and exported-but-unpaid batches: how many, their payouts and total, and the first ones,
 * open ones (which still need their bank file) first.
 */
export async function unpaidBatches(db: DB): Promise<UnpaidBatches> {
  const unpaid = inArray(payoutBatches.status, [...UNPAID_BATCHES])
  const [sums, batches] = await db.batch([
    db
      .select({
        status: payoutBatches.status,
        batches: count(),
        count: sql<number>`coalesce(sum(${payoutBatches.count}), 0)`,
        totalCents: sql<number>`coalesce(sum(${payoutBatches.totalCents}), 0)`,
      })
      .from(payoutBatches)
      .where(unpaid)
      .groupBy(payoutBatches.status),
    db
      .select({
        id: payoutBatches.id,
        status: payoutBatches.status,
        executionDate: payoutBatches.executionDate,
        count: payoutBatches.count,
        totalCents: payoutBatches.totalCents,
        exportedAt: payoutBatches.exportedAt,
      })
      .from(payoutBatches)
      .where(unpaid)
      .orderBy(desc(payoutBatches.status), asc(payoutBatches.executionDate), asc(payoutBatches.id))
      .limit(BATCHES_SHOWN),
  ])
  const of = (status: string) => {
    const found = sums.find((s) => s.status === status)
    return {
      batches: found?.batches ?? 0,
      count: found?.count ?? 0,
      totalCents: found?.totalCents ?? 0,
    }
  }
  return {
    open: of('open'),
    exported: of('exported'),
    batches: batches as UnpaidBatches['batches'],
  }
}
