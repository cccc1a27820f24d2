import { type SQL, and, asc, count, desc, eq, inArray, lte, sql } from 'drizzle-orm'
import type { DB } from '../db/client'
import {
  APPLICATION_STATUSES,
  applications,
  dueCounts,
  payoutBatches,
  payouts,
  plans,
} from '../db/schema'
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

/**
 * Ceiling, awarded, paid, reclaimed, settled and remaining per plan in scope, in one query: the
 * money figures are the plan's totals that triggers keep (plan_totals, migration 0010), so a plan
 * costs its own row and not its payouts and reports.
 */
export async function budgetPerPlan(
  db: DB,
  user: SessionUser,
  scope: DashboardScope,
): Promise<PlanBudget[]> {
  const rows = await db.all<Omit<PlanBudget, 'remainingCents'>>(
    sql`SELECT p.id AS planId, p.title AS planTitle, p.year AS year, p.status AS planStatus,
        p.network_id AS networkId, n.name AS networkName, p.budget_cents AS budgetCents,
        p.awarded_cents AS awardedCents, coalesce(t.paid_cents, 0) AS paidCents,
        coalesce(t.reclaim_cents, 0) AS reclaimCents, coalesce(t.settled_cents, 0) AS settledCents
      FROM plans p JOIN networks n ON n.id = p.network_id
      LEFT JOIN plan_totals t ON t.plan_id = p.id
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
 * counts at its settled amount, as the plan's total does. Triggers keep each application's shares
 * and their sums per priority (priority_totals, migration 0010), so a priority costs one row.
 */
export async function awardedPerPriority(
  db: DB,
  user: SessionUser,
  scope: DashboardScope,
): Promise<PriorityFigures[]> {
  return db.all<PriorityFigures>(
    sql`SELECT pr.plan_id AS planId, pr.id AS priorityId, pr.title AS title,
        coalesce(t.application_count, 0) AS applicationCount,
        coalesce(t.awarded_count, 0) AS awardedCount, coalesce(t.awarded_cents, 0) AS awardedCents
      FROM plans p
      JOIN priorities pr ON pr.plan_id = p.id
      LEFT JOIN priority_totals t ON t.priority_id = pr.id
      WHERE ${planFilter(user, scope)}
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

/**
 * The number of submitted applications per status, per plan in scope (plans without any too), from
 * the counts triggers keep in the plan's totals (plan_totals, migration 0010).
 */
export async function pipeline(
  db: DB,
  user: SessionUser,
  scope: DashboardScope,
): Promise<Pipeline[]> {
  const rows = await db.all<{ planId: number } & Record<PipelineStatus, number>>(
    sql`SELECT p.id AS planId, ${sql.join(
      PIPELINE_STATUSES.map((status) => sql.raw(`coalesce(t.${status}_count, 0) AS ${status}`)),
      sql`, `,
    )}
      FROM plans p
      LEFT JOIN plan_totals t ON t.plan_id = p.id
      WHERE ${planFilter(user, scope)}
      ORDER BY p.year DESC, p.id`,
  )
  return rows.map(({ planId, ...counts }) => ({ planId, counts }))
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

/**
 * Submitted reviews against what the panel owes, per plan in scope, in one query, from the counts
 * triggers keep of the applications under review (plan_totals) and of their reviews per reviewer
 * (review_counts, migration 0010): a plan costs a row per reviewer who reviewed in it.
 */
export async function reviewProgressPerPlan(
  db: DB,
  user: SessionUser,
  scope: DashboardScope,
): Promise<ReviewFigures[]> {
  const filter = planFilter(user, scope)
  // The panel as the ranking counts it: active reviewers with a seat in the network. CROSS JOIN
  // reads the networks' seats and then their users, not every reviewer's seat in every network.
  const reviewer = sql`u.id = m.user_id AND u.role = 'reviewer' AND u.active = 1`
  const rows = await db.all<Omit<ReviewFigures, 'expected'>>(
    sql`SELECT p.id AS planId,
        coalesce(t.submitted_count, 0) AS applications,
        coalesce(panel.size, 0) AS panelSize, coalesce(rv.submitted, 0) AS submitted,
        coalesce(rv.drafts, 0) AS drafts, coalesce(rv.conflicted, 0) AS conflicted
      FROM plans p
      LEFT JOIN plan_totals t ON t.plan_id = p.id
      LEFT JOIN (
        SELECT m.network_id, count(*) AS size FROM members m CROSS JOIN users u ON ${reviewer}
        WHERE m.network_id IN (SELECT p.network_id FROM plans p WHERE ${filter})
        GROUP BY m.network_id
      ) panel ON panel.network_id = p.network_id
      LEFT JOIN (
        SELECT rc.plan_id, sum(rc.submitted) AS submitted, sum(rc.drafts) AS drafts,
          sum(rc.conflicted) AS conflicted
        FROM review_counts rc JOIN plans q ON q.id = rc.plan_id
        WHERE rc.plan_id IN ${plansInScope(user, scope)} AND EXISTS (SELECT 1 FROM members m
          JOIN users u ON ${reviewer}
          WHERE m.network_id = q.network_id AND m.user_id = rc.reviewer_id)
        GROUP BY rc.plan_id
      ) rv ON rv.plan_id = p.id
      WHERE ${filter}
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
 * list's `due` filter selects them: the counts from those triggers keep per plan and decision day
 * (due_counts, migration 0010), a row per plan and day, and the most urgent few along the due
 * dates of the applications under review (applications_submitted_due_idx), in one round trip.
 */
export async function decisionsDue(
  db: DB,
  user: SessionUser,
  scope: DashboardScope,
): Promise<DecisionsDue> {
  const day = today()
  const last = addDays(day, DUE_SOON_DAYS)
  const a = applications
  const [[counts], rows] = await db.batch([
    db
      .select({
        total: sql<number>`coalesce(sum(${dueCounts.n}), 0)`,
        late: sql<number>`coalesce(sum(CASE WHEN ${dueCounts.dueOn} < ${day}
          THEN ${dueCounts.n} END), 0)`,
      })
      .from(dueCounts)
      .where(
        and(sql`${dueCounts.planId} IN ${plansInScope(user, scope)}`, lte(dueCounts.dueOn, last)),
      ),
    // The unary + keeps SQLite from reading every due application of the scope's plans to sort
    // them: it walks the due dates in order and stops at the first few in scope.
    db
      .select({
        id: a.id,
        reference: sql<string>`${a.reference}`,
        title: a.title,
        planId: a.planId,
        networkId: a.networkId,
        decisionDueOn: sql<string>`${a.decisionDueOn}`,
      })
      .from(a)
      .where(
        sql`${a.status} = 'submitted' AND ${a.decisionDueOn} <= ${last}
          AND +${a.planId} IN ${plansInScope(user, scope)}`,
      )
      .orderBy(asc(a.decisionDueOn), asc(a.id))
      .limit(FIRST_FEW),
  ])
  return {
    overdue: counts.late,
    dueSoon: counts.total - counts.late,
    first: rows.map((a) => ({
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
 * earliest few, in one query, from the held transfers triggers keep (payout_holds, migration
 * 0010): it reads the held ones, however many payouts there are.
 */
export async function heldPayouts(db: DB, scope: DashboardScope): Promise<HeldPayouts> {
  const filter =
    and(
      scope.networkId === undefined ? undefined : sql`h.network_id = ${scope.networkId}`,
      scope.planId === undefined ? undefined : sql`h.plan_id = ${scope.planId}`,
    ) ?? sql`1 = 1`
  const rows = await db.all<
    HeldPayout & {
      total: number
      totalCents: number
      noAccount: number
      noAccountCents: number
    }
  >(
    sql`SELECT h.id, h.applicationId, a.reference, a.title, h.dueOn, h.amountCents, h.reason,
        h.total, h.totalCents, h.noAccount, h.noAccountCents
      FROM (
        SELECT h.payout_id AS id, h.application_id AS applicationId, h.due_on AS dueOn,
          h.amount_cents AS amountCents, h.reason,
          count(*) OVER () AS total, sum(h.amount_cents) OVER () AS totalCents,
          sum(h.reason = 'noAccount') OVER () AS noAccount,
          sum(CASE WHEN h.reason = 'noAccount' THEN h.amount_cents ELSE 0 END) OVER ()
            AS noAccountCents
        FROM payout_holds h WHERE ${filter}
        ORDER BY h.due_on, h.payout_id
        LIMIT ${FIRST_FEW}
      ) h
      JOIN applications a ON a.id = h.applicationId
      ORDER BY h.dueOn, h.id`,
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
