import { type SQL, and, isNotNull, sql } from 'drizzle-orm'
import type { SQLiteColumn } from 'drizzle-orm/sqlite-core'
import * as z from 'zod'
import { APPLICATION_STATUSES, applications, referenceOrder } from '../db/schema'
import { DUE_SOON_DAYS, INFO_TERM_DAYS, addDays, dueStatus } from '../domain/decision-due'
import type { ApplicationStatus } from '../domain/application-status'
import { type BudgetLineFacts, isFlagged, softWarnings } from '../domain/eligibility'
import { retentionOf } from '../domain/retention'
import { ownNetworkIds, ownNetworks, requireRole } from '../lib/access'
import { userActor } from '../lib/audit'
import type { SessionUser } from '../lib/context'
import { ApiError } from '../lib/errors'
import { maskIban } from '../lib/iban'
import {
  byIdFilter,
  dateBound,
  equals,
  filterOf,
  fullText,
  idEquals,
  idValues,
  inList,
} from '../lib/list-query'
import { describeRoute, recordOf } from '../lib/openapi'
import { BANK_ROLES, CONTACT_ROLES, IBAN_ROLES } from '../lib/personal-data'
import { networkParts, resource } from '../lib/resource'
import { dayOf, today } from '../lib/clock'
import { parseInput, text, valid } from '../lib/validation'
import { notices } from '../services/applicant-view'
import { findById, requestInfo, storedFields } from '../services/applications'
import { revealDoc, revealIban } from '../services/iban-reveal'
import { panel } from '../openapi/shapes'
import { applicationPanel } from '../services/ranking'

/** Finance pays awarded applications and sees no others. */
const FINANCE_STATUSES = ['awarded', 'reported', 'settled'] as const

/**
 * The applications a staff member may reach, as SQL over `id` and the given columns: submitted
 * ones only (a draft is the applicant's own until they hand it in), in their own networks, and
 * for finance only awarded ones.
 */
export function applicationReach(
  user: SessionUser,
  columns: {
    networkId: SQLiteColumn | SQL
    status: SQLiteColumn | SQL
    submittedAt: SQLiteColumn | SQL
  },
): SQL | undefined {
  return and(
    isNotNull(columns.submittedAt),
    ownNetworks(user, columns.networkId),
    // Unary + keeps SQLite from reading the status index once per status and sorting the lot:
    // finance's statuses are most submitted applications, so reading the sort's index and
    // skipping the others reads little more than the page.
    user.role === 'finance' ? inList(sql`+${columns.status}`, FINANCE_STATUSES) : undefined,
  )
}

// What the applicant filled in, as staff read it; contact and bank data only for roles that may.
const {
  contactName,
  email,
  phone,
  iban,
  accountHolder,
  privacyConsentAt: _,
  ...baseFields
} = storedFields
const contactFields = { contactName, email, phone }
const bankFields = { iban, accountHolder }

/**
 * The user's own review of the application, and its score: a panel member sees the score only
 * once they have submitted their own review without a conflict, so no one is swayed by others.
 */
function reviewFields(user: SessionUser) {
  const mine = sql`FROM reviews r WHERE r.application_id = applications.id AND r.reviewer_id = ${user.id}`
  const seesScores =
    user.role === 'reviewer'
      ? sql`EXISTS (SELECT 1 ${mine} AND r.status = 'submitted' AND r.conflict_of_interest = 0)`
      : sql`1`
  return {
    score: sql<number | null>`CASE WHEN ${seesScores} THEN ${applications.score} END`,
    myReviewId: sql<number | null>`(SELECT r.id ${mine})`,
    myReviewStatus: sql<string | null>`(SELECT r.status ${mine})`,
    myConflict: sql<boolean>`coalesce((SELECT r.conflict_of_interest ${mine}), 0)`,
  }
}

/** What a role may see of an application; fields it may not see are not even read. */
function fieldsFor(user: SessionUser) {
  return {
    ...baseFields,
    reviewCount: applications.reviewCount,
    closedOn: applications.closedOn,
    removalRequestedAt: applications.removalRequestedAt,
    anonymisedAt: applications.anonymisedAt,
    ...reviewFields(user),
    ...(CONTACT_ROLES.includes(user.role) ? contactFields : {}),
    ...(BANK_ROLES.includes(user.role) ? bankFields : {}),
  }
}

/**
 * What a list row of applications holds: what the lists show and filter on. The whole record,
 * with the applicant's text, contact data and budget, is read one at a time.
 */
function listFieldsFor(user: SessionUser) {
  const { score, myReviewStatus } = reviewFields(user)
  return {
    id: applications.id,
    planId: applications.planId,
    networkId: applications.networkId,
    reference: applications.reference,
    status: applications.status,
    title: applications.title,
    applicantType: applications.applicantType,
    requestedCents: applications.requestedCents,
    submittedAt: applications.submittedAt,
    decisionDueOn: applications.decisionDueOn,
    infoDueOn: applications.infoDueOn,
    reviewCount: applications.reviewCount,
    score,
    // The reviewer's queue shows how far they got.
    ...(user.role === 'reviewer' ? { myReviewStatus } : {}),
    removalRequestedAt: applications.removalRequestedAt,
  }
}

/**
 * From which day retention erases the applicant's data, once the file has closed; a file with
 * payments still under way waits for them.
 */
function personalDataDueOn(row: Record<string, unknown>): string | null {
  const retention = retentionOf({
    status: row.status as ApplicationStatus,
    closedOn: row.closedOn as string | null,
    lastChangedOn: dayOf(String(row.updatedAt)),
  })
  return row.anonymisedAt ? null : (retention?.dueOn ?? null)
}

const priorityIs = idEquals(sql`ap.priority_id`)
const dueFilter = z.enum(['soon', 'overdue'])
const reviewQueueFilter = z.boolean()
const removalRequestedFilter = z.boolean()

const infoRequest = z.object({
  message: text(2000),
  days: z
    .number()
    .int()
    .min(1)
    .max(90)
    .nullish()
    .transform((days) => days ?? INFO_TERM_DAYS),
})

const application = resource({
  name: 'applications',
  table: applications,
  fields: fieldsFor,
  listFields: listFieldsFor,
  present: (row, { locale }) => {
    const due = {
      dueStatus:
        row.status === 'submitted' ? dueStatus(row.decisionDueOn as string | null, today()) : null,
    }
    // A list row (see listFieldsFor) holds no parts.
    if (row.budgetLines === undefined) return { ...row, ...due }
    const budgetLines = JSON.parse(String(row.budgetLines)) as BudgetLineFacts[]
    const startsOn = (row.startsOn as string | null) ?? undefined
    const judgedOn = dayOf(String(row.submittedAt))
    return {
      ...row,
      ...due,
      myConflict: Boolean(row.myConflict),
      // Whole only through GET /:id/iban, which logs it.
      ...(row.iban ? { iban: maskIban(String(row.iban)) } : {}),
      priorityIds: JSON.parse(String(row.priorityIds)),
      budgetLines: budgetLines.map((line) => ({ ...line, flagged: isFlagged(line.category) })),
      warnings: notices(softWarnings(startsOn, budgetLines, judgedOn), locale),
      personalDataDueOn: personalDataDueOn(row),
    }
  },
  list: {
    sort: {
      id: applications.id,
      reference: referenceOrder(applications.reference),
      title: applications.title,
      requestedCents: applications.requestedCents,
      submittedAt: applications.submittedAt,
      decisionDueOn: applications.decisionDueOn,
    },
    defaultSort: ['submittedAt', 'DESC'],
    filters: {
      networkId: idEquals(applications.networkId),
      planId: idEquals(applications.planId),
      status: equals(applications.status, z.enum(APPLICATION_STATUSES)),
      // From the priority's own rows: a priority holds few of all applications.
      priorityId: byIdFilter(
        idValues,
        (value, locale, user, sortKey) =>
          sql`${applications.id} IN (SELECT ap.application_id FROM application_priorities ap
          WHERE ${priorityIs(value, locale, user, sortKey)})`,
      ),
      // Sorted by decision date (as the dashboard's links ask), the page is read from the due
      // dates' index. In another order the submitted ones are read along it until the page is
      // full: unary + keeps SQLite from reading the due dates' index and sorting what it finds.
      due: filterOf(dueFilter, (value, locale, _user, sortKey) => {
        const day = today()
        const due =
          sortKey === applications.decisionDueOn
            ? applications.decisionDueOn
            : sql`+${applications.decisionDueOn}`
        return parseInput(dueFilter, value, locale) === 'overdue'
          ? sql`${applications.status} = 'submitted' AND ${due} < ${day}`
          : sql`${applications.status} = 'submitted' AND ${due}
              BETWEEN ${day} AND ${addDays(day, DUE_SOON_DAYS)}`
      }),
      // The reviewer's queue: submitted applications they have not yet finished reviewing.
      reviewQueue: filterOf(reviewQueueFilter, (value, locale, user) =>
        parseInput(reviewQueueFilter, value, locale)
          ? sql`${applications.status} = 'submitted' AND NOT EXISTS (SELECT 1 FROM reviews r
              WHERE r.application_id = applications.id AND r.reviewer_id = ${user.id}
              AND r.status = 'submitted')`
          : undefined,
      ),
      // Applicants who asked through their private link for their data to be removed.
      removalRequested: filterOf(removalRequestedFilter, (value, locale) =>
        parseInput(removalRequestedFilter, value, locale)
          ? sql`${applications.removalRequestedAt} IS NOT NULL`
          : undefined,
      ),
      submittedAt_gte: dateBound(applications.submittedAt, 'gte'),
      submittedAt_lte: dateBound(applications.submittedAt, 'lte'),
      // Reference, title, summary and organisation name: what every staff role reads of it.
      q: fullText(
        (words) => sql`${applications.id} IN (SELECT rowid FROM applications_fts
          WHERE applications_fts MATCH ${words})`,
      ),
    },
    search: [],
  },
  readRoles: ['admin', 'coordinator', 'reviewer', 'finance'],
  scope: (user) => applicationReach(user, applications),
  parts: networkParts(applications.networkId),
  totals: {
    key: 'applications',
    reach: (user) => ({
      networkIds: ownNetworkIds(user),
      statuses: user.role === 'finance' ? FINANCE_STATUSES : undefined,
    }),
  },
  routes: (app, read) => {
    // Who may be counted as present when the network decides, with their declared conflicts.
    const panelDoc = describeRoute({
      summary: 'The network’s seats that may be counted present, with declared conflicts',
      returns: panel,
    })
    app.get('/:id/panel', panelDoc, requireRole('admin', 'coordinator'), async (c) => {
      const { id, networkId } = await read(c, c.req.param('id'))
      return c.json(await applicationPanel(c.get('db'), Number(id), Number(networkId)))
    })

    app.get('/:id/iban', revealDoc('the IBAN'), requireRole(...IBAN_ROLES), async (c) => {
      const { id, networkId } = await read(c, c.req.param('id'))
      const record = {
        entity: 'applications',
        id: Number(id),
        networkId: Number(networkId),
      } as const
      return c.json(await revealIban(c.get('db'), c.get('user'), record))
    })

    const requestInfoDoc = describeRoute({
      summary: 'Ask the applicant for more information, with a term',
      description: `The term is ${INFO_TERM_DAYS} days unless given; the decision clock pauses.`,
      body: infoRequest,
      returns: recordOf('applications'),
      errors: [409],
    })
    app.post(
      '/:id/request-info',
      requestInfoDoc,
      requireRole('admin', 'coordinator'),
      valid('json', infoRequest),
      async (c) => {
        const { id } = await read(c, c.req.param('id'))
        const db = c.get('db')
        const found = await findById(db, Number(id))
        if (!found) throw new ApiError(404, 'notFound')
        const { message, days } = c.req.valid('json')
        await requestInfo(db, userActor(c.get('user')), found, message, days)
        return c.json(await read(c, String(id)))
      },
    )
  },
})

export default application
