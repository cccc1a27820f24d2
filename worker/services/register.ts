import { and, asc, desc, eq, lte, ne, sql } from 'drizzle-orm'
import * as z from 'zod'
import type { DB } from '../db/client'
import { applications, decisions, networks, planTotals, plans, reports } from '../db/schema'
import { today } from '../lib/clock'
import type { Locale } from '../lib/messages'
import { copy } from '../views/text'

/** Where the register's page lives (Dutch; English under `/en`). */
export const REGISTER_PATH = '/register'

/** Initiatives per network on one page of the register; the next page continues after the last. */
export const REGISTER_PAGE_SIZE = 50

/** The application statuses an awarded initiative goes through, shown in the register. */
export const REGISTER_STATUSES = ['awarded', 'reported', 'settled'] as const
export type RegisterStatus = (typeof REGISTER_STATUSES)[number]

/** The statuses as an SQL list, literal so that SQLite plans with them. */
const registerStatuses = sql.raw(`(${REGISTER_STATUSES.map((s) => `'${s}'`).join(', ')})`)

/** A page's position: the decision day and decision id of the last initiative shown. */
const CURSOR = /^(\d{4}-\d{2}-\d{2})_(\d{1,15})$/

interface Cursor {
  decidedOn: string
  id: number
}

const cursorOf = (decidedOn: string, id: number) => `${decidedOn}_${id}`

/** An empty form field (the "all networks" choice) means the same as leaving it out. */
const blankIsAbsent = (value: unknown) => (value === '' ? undefined : value)

/**
 * The register's query string: a year (this Dutch calendar year when absent), optionally one
 * network, and `after` to page on within that network.
 */
export const registerQuery = z
  .object({
    year: z.preprocess(
      blankIsAbsent,
      z.coerce
        .number()
        .int()
        .min(2000)
        .max(2100)
        .optional()
        .transform((year) => year ?? Number(today().slice(0, 4))),
    ),
    networkId: z.preprocess(blankIsAbsent, z.coerce.number().int().positive().optional()),
    after: z.preprocess(
      blankIsAbsent,
      z
        .string()
        .regex(CURSOR)
        .optional()
        .transform((value): Cursor | undefined => {
          const match = value ? CURSOR.exec(value) : null
          return match ? { decidedOn: match[1], id: Number(match[2]) } : undefined
        }),
    ),
  })
  // A page position belongs to one network's list.
  .refine((query) => !query.after || query.networkId !== undefined, {
    path: ['networkId'],
    message: 'required',
  })

export type RegisterQuery = z.output<typeof registerQuery>

export interface RegisterPlan {
  id: number
  title: string
  status: 'open' | 'closed'
  budgetCents: number
  awardedCents: number
  remainingCents: number
  initiativeCount: number
}

/** One awarded initiative as anyone may see it: never a person's name or contact data. */
export interface RegisterInitiative {
  title: string
  /** Only for foundations and associations; a resident's or group's name is never read. */
  organisationName: string | null
  planId: number
  priorities: string[]
  awardedCents: number
  /** The final amount once the report is settled. */
  settledCents: number | null
  status: RegisterStatus
  statusText: string
  decidedOn: string
}

export interface RegisterNetwork {
  id: number
  name: string
  area: string
  budgetCents: number
  awardedCents: number
  remainingCents: number
  initiativeCount: number
  plans: RegisterPlan[]
  initiatives: RegisterInitiative[]
  /** The `after` value of the next page of this network's initiatives, if there is one. */
  nextCursor: string | null
}

export interface PublicRegister {
  year: number
  networkId: number | null
  /** Years with a published plan, newest first, and every network: what a reader can choose. */
  years: number[]
  choices: { id: number; name: string }[]
  networks: RegisterNetwork[]
}

/** Published plans of the year (drafts are not public yet), of one network when asked. */
function planFilter(query: RegisterQuery) {
  return and(
    eq(plans.year, query.year),
    ne(plans.status, 'draft'),
    query.networkId === undefined ? undefined : eq(plans.networkId, query.networkId),
  )
}

/**
 * The published plans of the query with their budget use and number of awarded initiatives, which
 * triggers keep per plan (plan_totals, migration 0010).
 */
export function plansQuery(db: DB, query: RegisterQuery) {
  return db
    .select({
      id: plans.id,
      networkId: plans.networkId,
      networkName: networks.name,
      area: networks.area,
      title: plans.title,
      status: sql<'open' | 'closed'>`${plans.status}`,
      budgetCents: plans.budgetCents,
      awardedCents: plans.awardedCents,
      initiativeCount: sql<number>`coalesce(${planTotals.initiativeCount}, 0)`,
    })
    .from(plans)
    .innerJoin(networks, eq(networks.id, plans.networkId))
    .leftJoin(planTotals, eq(planTotals.planId, plans.id))
    .where(planFilter(query))
    .orderBy(asc(networks.name), asc(plans.title), asc(plans.id))
}

/**
 * The first page of awarded initiatives of every network in the query (or the page after
 * `after`), newest decision first, with one row more than a page to tell whether another follows.
 * Each plan of the year gives at most that many of its live awards, newest first, along
 * decisions_plan_awarded_idx (the correlated `IN` is SQLite's way to a limit per row), and a
 * network's plans are merged by date: the rows read are those of the page, whatever the year
 * holds. Only personal-data-free columns are read, and an organisation's name only for
 * foundations and associations.
 */
export function initiativesQuery(db: DB, query: RegisterQuery) {
  const after = query.after
    ? sql`AND (d.decided_on, d.id) < (${query.after.decidedOn}, ${query.after.id})`
    : sql``
  const pageOfPlan = sql`(SELECT d.id FROM decisions d
    CROSS JOIN applications a ON a.id = d.application_id
    WHERE d.plan_id = ${plans.id} AND d.outcome = 'awarded' AND d.revoked_at IS NULL
      AND a.status IN ${registerStatuses} ${after}
    ORDER BY d.decided_on DESC, d.id DESC
    LIMIT ${REGISTER_PAGE_SIZE + 1})`
  const ranked = db
    .select({
      decisionId: decisions.id,
      networkId: decisions.networkId,
      planId: decisions.planId,
      applicationId: decisions.applicationId,
      title: applications.title,
      organisationName: sql<string | null>`CASE WHEN ${applications.applicantType}
        IN ('foundation', 'association') THEN ${applications.organisationName} END`.as(
        'organisation_name',
      ),
      awardedCents: decisions.amountCents,
      status: sql<RegisterStatus>`${applications.status}`.as('status'),
      decidedOn: decisions.decidedOn,
      position: sql<number>`row_number() OVER (PARTITION BY ${decisions.networkId}
        ORDER BY ${decisions.decidedOn} DESC, ${decisions.id} DESC)`.as('position'),
    })
    // CROSS JOIN keeps this order, so the year's plans lead to their pages of decisions and
    // those to their applications, whatever the statistics say.
    .from(plans)
    .crossJoin(decisions)
    .crossJoin(applications)
    .where(
      and(
        planFilter(query),
        sql`${decisions.id} IN ${pageOfPlan}`,
        eq(applications.id, decisions.applicationId),
      ),
    )
    .as('ranked')
  return db
    .select({
      decisionId: ranked.decisionId,
      networkId: ranked.networkId,
      planId: ranked.planId,
      title: ranked.title,
      organisationName: ranked.organisationName,
      awardedCents: ranked.awardedCents,
      settledCents: reports.settledCents,
      status: ranked.status,
      decidedOn: ranked.decidedOn,
      priorities: sql<string>`(SELECT json_group_array(t.title) FROM (SELECT p.title
        FROM application_priorities ap JOIN priorities p ON p.id = ap.priority_id
        WHERE ap.application_id = ${ranked.applicationId} ORDER BY p.position, p.id) t)`,
    })
    .from(ranked)
    .leftJoin(reports, eq(reports.applicationId, ranked.applicationId))
    .where(lte(ranked.position, REGISTER_PAGE_SIZE + 1))
    .orderBy(asc(ranked.networkId), asc(ranked.position))
}

/** The years with a published plan, newest first. */
export function yearsQuery(db: DB) {
  return db
    .selectDistinct({ year: plans.year })
    .from(plans)
    .where(ne(plans.status, 'draft'))
    .orderBy(desc(plans.year))
}

/** Every network, by name, to choose from. */
export function choicesQuery(db: DB) {
  return db
    .select({ id: networks.id, name: networks.name })
    .from(networks)
    .orderBy(asc(networks.name))
}

/**
 * The public register (DESIGN §3): per network, the published plans of a year with their budget
 * use, and the initiatives awarded from them. Money figures are the plans' kept totals, so every
 * award counts however its file has since changed; settled grants count at their final amount.
 */
export async function publicRegister(
  db: DB,
  query: RegisterQuery,
  locale: Locale,
): Promise<PublicRegister> {
  const [planRows, initiativeRows, yearRows, choices] = await db.batch([
    plansQuery(db, query),
    initiativesQuery(db, query),
    yearsQuery(db),
    choicesQuery(db),
  ])
  const statuses = copy(locale).register.statuses
  const sections = new Map<number, RegisterNetwork>()
  for (const row of planRows) {
    const section = sections.get(row.networkId) ?? {
      id: row.networkId,
      name: row.networkName,
      area: row.area,
      budgetCents: 0,
      awardedCents: 0,
      remainingCents: 0,
      initiativeCount: 0,
      plans: [],
      initiatives: [],
      nextCursor: null,
    }
    const remainingCents = row.budgetCents - row.awardedCents
    section.plans.push({
      id: row.id,
      title: row.title,
      status: row.status,
      budgetCents: row.budgetCents,
      awardedCents: row.awardedCents,
      remainingCents,
      initiativeCount: row.initiativeCount,
    })
    section.budgetCents += row.budgetCents
    section.awardedCents += row.awardedCents
    section.remainingCents += remainingCents
    section.initiativeCount += row.initiativeCount
    sections.set(row.networkId, section)
  }
  const rowsOf = new Map<number, typeof initiativeRows>()
  for (const row of initiativeRows) {
    const rows = rowsOf.get(row.networkId) ?? []
    rows.push(row)
    rowsOf.set(row.networkId, rows)
  }
  for (const section of sections.values()) {
    const rows = rowsOf.get(section.id) ?? []
    const page = rows.slice(0, REGISTER_PAGE_SIZE)
    section.initiatives = page.map(({ decisionId: _, networkId: __, priorities, ...row }) => ({
      ...row,
      priorities: JSON.parse(priorities) as string[],
      statusText: statuses[row.status],
    }))
    const last = page.at(-1)
    if (rows.length > REGISTER_PAGE_SIZE && last) {
      section.nextCursor = cursorOf(last.decidedOn, last.decisionId)
    }
  }
  return {
    year: query.year,
    networkId: query.networkId ?? null,
    years: yearRows.map((r) => r.year),
    choices,
    networks: [...sections.values()],
  }
}
