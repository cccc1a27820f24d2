import { sql } from 'drizzle-orm'
import {
  type AnySQLiteColumn,
  check,
  index,
  integer,
  primaryKey,
  real,
  sqliteTable,
  text,
  uniqueIndex,
} from 'drizzle-orm/sqlite-core'

export const ROLES = ['admin', 'coordinator', 'reviewer', 'finance'] as const
export const MEMBER_KINDS = ['resident', 'professional'] as const
export const PLAN_STATUSES = ['draft', 'open', 'closed'] as const
export const APPLICATION_STATUSES = [
  'draft',
  'submitted',
  'info_requested',
  'awarded',
  'rejected',
  'withdrawn',
  'reported',
  'settled',
] as const
export const APPLICANT_TYPES = ['resident', 'group', 'foundation', 'association'] as const
export const BUDGET_CATEGORIES = [
  'materials',
  'rent',
  'promotion',
  'activities',
  'food_drink',
  'alcohol',
  'salaries',
  'gifts',
  'equipment',
  'structural',
  'other',
] as const
export const ATTACHMENT_KINDS = ['quote', 'plan', 'photo', 'report', 'other'] as const
export const REVIEW_STATUSES = ['draft', 'submitted'] as const
export const DECISION_OUTCOMES = ['awarded', 'rejected'] as const
export const PAYOUT_KINDS = ['advance', 'installment', 'final', 'reclaim'] as const
export const PAYOUT_STATUSES = ['scheduled', 'batched', 'paid', 'cancelled'] as const
export const BATCH_STATUSES = ['open', 'exported', 'paid'] as const
export const ACTOR_TYPES = ['user', 'applicant', 'system'] as const
export const BANK_CHANGE_STATUSES = ['pending', 'approved', 'rejected'] as const
export const LOCALES = ['nl', 'en'] as const
export const MESSAGE_KINDS = [
  'receipt',
  'info_request',
  'decision',
  'payment',
  'report_reminder',
  'decision_due',
] as const
export const MESSAGE_STATUSES = ['queued', 'sent', 'failed'] as const

/** SQL list literal for a CHECK constraint over one of the enum tuples above. */
const oneOf = (values: readonly string[]) => sql.raw(`(${values.map((v) => `'${v}'`).join(', ')})`)

const now = sql`(strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))`
const timestamps = {
  createdAt: text('created_at').notNull().default(now),
  updatedAt: text('updated_at').notNull().default(now),
}

export const users = sqliteTable(
  'users',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    email: text('email').notNull(),
    name: text('name').notNull(),
    role: text('role', { enum: ROLES }).notNull(),
    active: integer('active', { mode: 'boolean' }).notNull().default(true),
    passwordHash: text('password_hash').notNull(),
    ...timestamps,
  },
  (t) => [
    // Login looks users up by e-mail, case-insensitively; one account per address.
    uniqueIndex('users_email_idx').on(sql`lower(${t.email})`),
    // Admin list filter on role, sorted by name.
    index('users_role_name_idx').on(t.role, t.name),
    // Admin list default sort by name.
    index('users_name_idx').on(t.name),
    check('users_role_check', sql`${t.role} IN ${oneOf(ROLES)}`),
  ],
)

export const sessions = sqliteTable(
  'sessions',
  {
    idHash: text('id_hash').primaryKey(),
    userId: integer('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    createdAt: text('created_at').notNull(),
    lastSeenAt: text('last_seen_at').notNull(),
    expiresAt: text('expires_at').notNull(),
  },
  // Deactivating a user or resetting a password ends all their sessions.
  (t) => [index('sessions_user_id_idx').on(t.userId)],
)

/** Recent events that are limited per key: failed logins per account and IP, applications per IP. */
export const throttleEvents = sqliteTable(
  'throttle_events',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    key: text('key').notNull(),
    at: text('at').notNull(),
  },
  // Throttling counts a key's recent events.
  (t) => [index('throttle_events_key_at_idx').on(t.key, t.at)],
)

export const networks = sqliteTable(
  'networks',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    name: text('name').notNull(),
    area: text('area').notNull(),
    /** JSON array of 4-digit postcode areas. */
    postcodes: text('postcodes', { mode: 'json' })
      .$type<string[]>()
      .notNull()
      .default(sql`'[]'`),
    // Kept up to date in the same batch as every member write, so the share costs no query.
    memberCount: integer('member_count').notNull().default(0),
    residentCount: integer('resident_count').notNull().default(0),
    ...timestamps,
  },
  (t) => [
    // Network names are unique; list default sort by name.
    uniqueIndex('networks_name_idx').on(t.name),
    check('networks_counts_check', sql`${t.residentCount} BETWEEN 0 AND ${t.memberCount}`),
  ],
)

export const members = sqliteTable(
  'members',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    networkId: integer('network_id')
      .notNull()
      .references(() => networks.id, { onDelete: 'restrict' }),
    userId: integer('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'restrict' }),
    kind: text('kind', { enum: MEMBER_KINDS }).notNull(),
    ...timestamps,
  },
  (t) => [
    // One seat per user per network; serves the network filter.
    uniqueIndex('members_network_user_idx').on(t.networkId, t.userId),
    // A user's networks are read on every authenticated request.
    index('members_user_idx').on(t.userId),
    check('members_kind_check', sql`${t.kind} IN ${oneOf(MEMBER_KINDS)}`),
  ],
)

export const plans = sqliteTable(
  'plans',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    networkId: integer('network_id')
      .notNull()
      .references(() => networks.id, { onDelete: 'restrict' }),
    year: integer('year').notNull(),
    title: text('title').notNull(),
    budgetCents: integer('budget_cents').notNull(),
    maxGrantCents: integer('max_grant_cents').notNull().default(500000),
    opensOn: text('opens_on').notNull(),
    closesOn: text('closes_on').notNull(),
    minScore: integer('min_score').notNull().default(60),
    status: text('status', { enum: PLAN_STATUSES }).notNull().default('draft'),
    // Sum of live awards, written in the same statement that checks the ceiling.
    awardedCents: integer('awarded_cents').notNull().default(0),
    ...timestamps,
  },
  (t) => [
    // Plans of a network (scope and filter), by year.
    index('plans_network_year_idx').on(t.networkId, t.year),
    // List default sort and filter by year.
    index('plans_year_idx').on(t.year),
    // Status filter; the public landing page lists open plans by closing date.
    index('plans_status_idx').on(t.status, t.closesOn),
    check('plans_money_check', sql`${t.budgetCents} >= 0 AND ${t.maxGrantCents} >= 0`),
    check('plans_awarded_check', sql`${t.awardedCents} BETWEEN 0 AND ${t.budgetCents}`),
    check('plans_min_score_check', sql`${t.minScore} BETWEEN 0 AND 100`),
    check('plans_dates_check', sql`${t.opensOn} <= ${t.closesOn}`),
    check('plans_status_check', sql`${t.status} IN ${oneOf(PLAN_STATUSES)}`),
  ],
)

export const priorities = sqliteTable(
  'priorities',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    planId: integer('plan_id')
      .notNull()
      .references(() => plans.id, { onDelete: 'cascade' }),
    // Copied from the plan (which never moves) so network scoping needs no join.
    networkId: integer('network_id')
      .notNull()
      .references(() => networks.id),
    title: text('title').notNull(),
    description: text('description').notNull().default(''),
    position: integer('position').notNull().default(0),
    ...timestamps,
  },
  (t) => [
    // A plan's priorities in order (getManyReference on planId).
    index('priorities_plan_position_idx').on(t.planId, t.position),
    // Network scoping and filter.
    index('priorities_network_idx').on(t.networkId),
  ],
)

export const criteria = sqliteTable(
  'criteria',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    planId: integer('plan_id')
      .notNull()
      .references(() => plans.id, { onDelete: 'cascade' }),
    networkId: integer('network_id')
      .notNull()
      .references(() => networks.id),
    title: text('title').notNull(),
    description: text('description').notNull().default(''),
    weight: integer('weight').notNull(),
    knockout: integer('knockout', { mode: 'boolean' }).notNull().default(false),
    position: integer('position').notNull().default(0),
    ...timestamps,
  },
  (t) => [
    // A plan's criteria in order, and their weight sum.
    index('criteria_plan_position_idx').on(t.planId, t.position),
    // Network scoping and filter.
    index('criteria_network_idx').on(t.networkId),
    check('criteria_weight_check', sql`${t.weight} BETWEEN 1 AND 100`),
  ],
)

/**
 * A reference (`BK-2026-0042`) as text that sorts in the order references are handed out
 * (`2026-00000042`): the number is written with at least four digits, so as text BK-2026-10000
 * would come before BK-2026-9999.
 */
export const referenceOrder = (reference: AnySQLiteColumn) =>
  sql`substr(${reference}, 4, 5) || printf('%08d', substr(${reference}, 9))`

export const applications = sqliteTable(
  'applications',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    planId: integer('plan_id')
      .notNull()
      .references(() => plans.id, { onDelete: 'restrict' }),
    networkId: integer('network_id')
      .notNull()
      .references(() => networks.id),
    reference: text('reference'),
    status: text('status', { enum: APPLICATION_STATUSES }).notNull().default('draft'),
    title: text('title').notNull().default(''),
    summary: text('summary').notNull().default(''),
    description: text('description').notNull().default(''),
    targetGroup: text('target_group').notNull().default(''),
    expectedParticipants: integer('expected_participants'),
    volunteers: integer('volunteers'),
    goal: text('goal').notNull().default(''),
    startsOn: text('starts_on'),
    endsOn: text('ends_on'),
    postcode: text('postcode'),
    requestedCents: integer('requested_cents').notNull().default(0),
    ownContributionCents: integer('own_contribution_cents').notNull().default(0),
    ownContributionHours: integer('own_contribution_hours').notNull().default(0),
    otherFunding: text('other_funding').notNull().default(''),
    supporters: integer('supporters').notNull().default(0),
    /**
     * The chosen priorities' ids, ascending, as a JSON array: read with the record at no extra
     * cost. A trigger (migration 0009) keeps `application_priorities`, the index the priority
     * filter and the totals per priority read, equal to it.
     */
    priorityIds: text('priority_ids').notNull().default('[]'),
    /** The budget lines in order, as a JSON array of { description, category, amountCents }. */
    budgetLines: text('budget_lines').notNull().default('[]'),
    worksWithVulnerable: integer('works_with_vulnerable', { mode: 'boolean' })
      .notNull()
      .default(false),
    vogConfirmed: integer('vog_confirmed', { mode: 'boolean' }).notNull().default(false),
    /** Open to all residents and non-profit; any entry fee is symbolic (DOMAIN eligibility 6). */
    openToAll: integer('open_to_all', { mode: 'boolean' }).notNull().default(false),
    applicantType: text('applicant_type', { enum: APPLICANT_TYPES }),
    organisationName: text('organisation_name'),
    kvkNumber: text('kvk_number'),
    contactName: text('contact_name'),
    email: text('email'),
    phone: text('phone'),
    iban: text('iban'),
    accountHolder: text('account_holder'),
    privacyConsentAt: text('privacy_consent_at'),
    /** SHA-256 of the private link's token; the token itself is never stored. */
    accessTokenHash: text('access_token_hash').notNull(),
    submittedAt: text('submitted_at'),
    decisionDueOn: text('decision_due_on'),
    infoRequestedAt: text('info_requested_at'),
    infoDueOn: text('info_due_on'),
    infoRequest: text('info_request'),
    /** Mean of submitted, non-conflicted review totals; kept with every review write. */
    score: real('score'),
    reviewCount: integer('review_count').notNull().default(0),
    /** The language the applicant used; messages to them are written in it. */
    locale: text('locale', { enum: LOCALES }).notNull().default('nl'),
    /** The day the file closed (refused, withdrawn or settled): the retention term runs from it. */
    closedOn: text('closed_on'),
    /** When the applicant asked, through the private link, for their data to be removed. */
    removalRequestedAt: text('removal_requested_at'),
    anonymisedAt: text('anonymised_at'),
    ...timestamps,
  },
  (t) => {
    // Staff see submitted applications only: their lists' indexes leave the drafts out.
    const submitted = sql`${t.submittedAt} IS NOT NULL`
    return [
      // Look-up by reference number (kenmerk); unique.
      uniqueIndex('applications_reference_idx').on(t.reference),
      // The private link finds its application by token hash.
      uniqueIndex('applications_token_idx').on(t.accessTokenHash),
      // Lists scoped by network and filtered by status, latest submitted first.
      index('applications_network_status_idx').on(t.networkId, t.status, t.submittedAt),
      // Filter by plan and status; budget and pipeline per plan.
      index('applications_plan_status_idx').on(t.planId, t.status),
      // Default admin sort and the "submitted between" filter.
      index('applications_submitted_idx').on(t.submittedAt),
      // Due-date filters (due within 14 days, overdue) and sort.
      index('applications_due_idx').on(t.decisionDueOn),
      // Status filter across networks (admin, finance), recent first.
      index('applications_status_idx').on(t.status, t.updatedAt),
      // Ranking within a plan reads the maintained score.
      index('applications_plan_score_idx').on(t.planId, t.score),
      // Sort by title.
      index('applications_title_idx').on(t.title),
      // Sort by requested amount.
      index('applications_requested_idx').on(t.requestedCents),
      // Staff lists sorted by reference or decision date: the partial index leaves out the drafts,
      // whose empty values would otherwise all be read first.
      index('applications_listed_reference_order_idx')
        .on(referenceOrder(t.reference))
        .where(submitted),
      index('applications_listed_due_idx').on(t.decisionDueOn).where(submitted),
      // The dashboard's most urgent decisions: applications under review by their decision date.
      index('applications_submitted_due_idx')
        .on(t.status, t.decisionDueOn)
        .where(sql`${t.status} = 'submitted'`),
      // A coordinator's or reviewer's list, one index per sort: read within one network in order.
      index('applications_network_id_idx').on(t.networkId, t.id).where(submitted),
      index('applications_network_submitted_idx').on(t.networkId, t.submittedAt).where(submitted),
      index('applications_network_reference_order_idx')
        .on(t.networkId, referenceOrder(t.reference))
        .where(submitted),
      index('applications_network_title_idx').on(t.networkId, t.title).where(submitted),
      index('applications_network_requested_idx')
        .on(t.networkId, t.requestedCents)
        .where(submitted),
      index('applications_network_due_idx').on(t.networkId, t.decisionDueOn).where(submitted),
      // List filters on plan and on status, in the default order (latest submitted first).
      index('applications_plan_submitted_idx').on(t.planId, t.submittedAt).where(submitted),
      index('applications_status_submitted_idx').on(t.status, t.submittedAt).where(submitted),
      // Retention finds closed files not yet anonymised by the day they closed.
      index('applications_retention_idx')
        .on(t.closedOn)
        .where(sql`${t.anonymisedAt} IS NULL`),
      // Staff see which applicants asked for removal, latest submitted first (the list's order),
      // in all networks and in one.
      index('applications_removal_idx')
        .on(t.submittedAt)
        .where(sql`${t.removalRequestedAt} IS NOT NULL`),
      index('applications_network_removal_idx')
        .on(t.networkId, t.submittedAt)
        .where(sql`${t.removalRequestedAt} IS NOT NULL`),
      check('applications_locale_check', sql`${t.locale} IN ${oneOf(LOCALES)}`),
      check(
        'applications_money_check',
        sql`${t.requestedCents} >= 0 AND ${t.ownContributionCents} >= 0 AND ${t.ownContributionHours} >= 0`,
      ),
      check(
        'applications_counts_check',
        sql`${t.supporters} >= 0 AND coalesce(${t.expectedParticipants}, 0) >= 0 AND coalesce(${t.volunteers}, 0) >= 0`,
      ),
      check('applications_score_check', sql`${t.score} IS NULL OR ${t.score} BETWEEN 0 AND 100`),
      check('applications_status_check', sql`${t.status} IN ${oneOf(APPLICATION_STATUSES)}`),
      check(
        'applications_applicant_type_check',
        sql`${t.applicantType} IS NULL OR ${t.applicantType} IN ${oneOf(APPLICANT_TYPES)}`,
      ),
      check(
        'applications_submitted_check',
        sql`${t.status} = 'draft' OR ${t.submittedAt} IS NOT NULL`,
      ),
    ]
  },
)

/** The last reference number handed out per year, so every submission gets the next one. */
export const referenceCounters = sqliteTable('reference_counters', {
  year: integer('year').primaryKey(),
  last: integer('last').notNull(),
})

export const applicationPriorities = sqliteTable(
  'application_priorities',
  {
    applicationId: integer('application_id')
      .notNull()
      .references(() => applications.id, { onDelete: 'cascade' }),
    priorityId: integer('priority_id')
      .notNull()
      .references(() => priorities.id, { onDelete: 'restrict' }),
  },
  (t) => [
    primaryKey({ columns: [t.applicationId, t.priorityId] }),
    // Filter applications by priority; awarded per priority.
    index('application_priorities_priority_idx').on(t.priorityId),
  ],
)

export const reports = sqliteTable(
  'reports',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    applicationId: integer('application_id')
      .notNull()
      .references(() => applications.id, { onDelete: 'cascade' }),
    networkId: integer('network_id')
      .notNull()
      .references(() => networks.id),
    narrative: text('narrative').notNull(),
    participantsReached: integer('participants_reached').notNull(),
    actualCostsCents: integer('actual_costs_cents').notNull(),
    financialOverview: text('financial_overview'),
    submittedAt: text('submitted_at').notNull(),
    settledCents: integer('settled_cents'),
    settledOn: text('settled_on'),
    settlementReason: text('settlement_reason'),
    reclaimCents: integer('reclaim_cents'),
    ...timestamps,
  },
  (t) => [
    // One report per application.
    uniqueIndex('reports_application_idx').on(t.applicationId),
    // Reports of a network, newest first.
    index('reports_network_idx').on(t.networkId, t.submittedAt),
    // The list's default order, and a network's reports by id.
    index('reports_submitted_idx').on(t.submittedAt),
    index('reports_network_id_idx').on(t.networkId, t.id),
    check(
      'reports_money_check',
      sql`${t.actualCostsCents} >= 0 AND coalesce(${t.settledCents}, 0) >= 0 AND coalesce(${t.reclaimCents}, 0) >= 0`,
    ),
    check('reports_participants_check', sql`${t.participantsReached} >= 0`),
  ],
)

export const attachments = sqliteTable(
  'attachments',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    applicationId: integer('application_id')
      .notNull()
      .references(() => applications.id, { onDelete: 'cascade' }),
    reportId: integer('report_id').references(() => reports.id, { onDelete: 'cascade' }),
    networkId: integer('network_id')
      .notNull()
      .references(() => networks.id),
    kind: text('kind', { enum: ATTACHMENT_KINDS }).notNull(),
    filename: text('filename').notNull(),
    contentType: text('content_type').notNull(),
    sizeBytes: integer('size_bytes').notNull(),
    /** Object key in the FILES bucket. */
    storageKey: text('storage_key').notNull(),
    ...timestamps,
  },
  (t) => [
    // An application's attachments.
    index('attachments_application_idx').on(t.applicationId),
    // The list: by upload time, and within one network (coordinators, reviewers) in each order.
    index('attachments_created_idx').on(t.createdAt),
    index('attachments_network_id_idx').on(t.networkId, t.id),
    index('attachments_network_created_idx').on(t.networkId, t.createdAt),
    // Filter on kind, in the list's default order.
    index('attachments_kind_idx').on(t.kind, t.id),
    // One row per stored object.
    uniqueIndex('attachments_storage_key_idx').on(t.storageKey),
    check('attachments_size_check', sql`${t.sizeBytes} BETWEEN 0 AND 10485760`),
    check('attachments_kind_check', sql`${t.kind} IN ${oneOf(ATTACHMENT_KINDS)}`),
  ],
)

/** How reviews sort by submission: not yet submitted ones first, as SQLite sorts NULL. */
export const reviewSubmittedOrder = (column: AnySQLiteColumn) => sql`coalesce(${column}, '')`
/** How reviews sort by total: those without one (drafts, conflicts) below a total of 0. */
export const reviewTotalOrder = (column: AnySQLiteColumn) => sql`coalesce(${column}, -1)`

export const reviews = sqliteTable(
  'reviews',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    applicationId: integer('application_id')
      .notNull()
      .references(() => applications.id, { onDelete: 'cascade' }),
    networkId: integer('network_id')
      .notNull()
      .references(() => networks.id),
    reviewerId: integer('reviewer_id')
      .notNull()
      .references(() => users.id, { onDelete: 'restrict' }),
    conflictOfInterest: integer('conflict_of_interest', { mode: 'boolean' })
      .notNull()
      .default(false),
    conflictNote: text('conflict_note'),
    status: text('status', { enum: REVIEW_STATUSES }).notNull().default('draft'),
    /** Σ weight × score / 4 over the plan's criteria, 0–100; null until all are scored. */
    total: real('total'),
    submittedAt: text('submitted_at'),
    ...timestamps,
  },
  (t) => [
    // One review per reviewer per application; reviews of an application.
    uniqueIndex('reviews_application_reviewer_idx').on(t.applicationId, t.reviewerId),
    // A reviewer's queue and drafts.
    index('reviews_reviewer_status_idx').on(t.reviewerId, t.status),
    // Network scoping.
    index('reviews_network_idx').on(t.networkId),
    // The list's sorts (nullable ones as sorted: below every value), for everyone, within one
    // network (coordinators, reviewers) and within one reviewer's own reviews.
    index('reviews_updated_idx').on(t.updatedAt),
    index('reviews_submitted_idx').on(reviewSubmittedOrder(t.submittedAt)),
    index('reviews_total_idx').on(reviewTotalOrder(t.total)),
    index('reviews_network_updated_idx').on(t.networkId, t.updatedAt),
    index('reviews_network_submitted_idx').on(t.networkId, reviewSubmittedOrder(t.submittedAt)),
    index('reviews_network_total_idx').on(t.networkId, reviewTotalOrder(t.total)),
    index('reviews_reviewer_id_idx').on(t.reviewerId, t.id),
    index('reviews_reviewer_updated_idx').on(t.reviewerId, t.updatedAt),
    index('reviews_reviewer_submitted_idx').on(t.reviewerId, reviewSubmittedOrder(t.submittedAt)),
    index('reviews_reviewer_total_idx').on(t.reviewerId, reviewTotalOrder(t.total)),
    // List filter on conflicts (few), in the default order (last changed first).
    index('reviews_conflict_updated_idx').on(t.conflictOfInterest, t.updatedAt),
    check('reviews_total_check', sql`${t.total} IS NULL OR ${t.total} BETWEEN 0 AND 100`),
    check('reviews_status_check', sql`${t.status} IN ${oneOf(REVIEW_STATUSES)}`),
    check(
      'reviews_conflict_check',
      sql`NOT (${t.conflictOfInterest} = 1 AND ${t.total} IS NOT NULL)`,
    ),
  ],
)

export const reviewScores = sqliteTable(
  'review_scores',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    reviewId: integer('review_id')
      .notNull()
      .references(() => reviews.id, { onDelete: 'cascade' }),
    criterionId: integer('criterion_id')
      .notNull()
      .references(() => criteria.id, { onDelete: 'restrict' }),
    score: integer('score').notNull(),
    reason: text('reason').notNull(),
  },
  (t) => [
    // One score per criterion per review.
    uniqueIndex('review_scores_review_criterion_idx').on(t.reviewId, t.criterionId),
    // Criteria cannot be deleted while scored (restrict look-up).
    index('review_scores_criterion_idx').on(t.criterionId),
    check('review_scores_score_check', sql`${t.score} BETWEEN 0 AND 4`),
  ],
)

export const decisions = sqliteTable(
  'decisions',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    applicationId: integer('application_id')
      .notNull()
      .references(() => applications.id, { onDelete: 'restrict' }),
    networkId: integer('network_id')
      .notNull()
      .references(() => networks.id),
    planId: integer('plan_id')
      .notNull()
      .references(() => plans.id),
    outcome: text('outcome', { enum: DECISION_OUTCOMES }).notNull(),
    amountCents: integer('amount_cents').notNull().default(0),
    motivation: text('motivation').notNull(),
    partialReason: text('partial_reason'),
    decidedOn: text('decided_on').notNull(),
    objectionDeadline: text('objection_deadline').notNull(),
    votesFor: integer('votes_for').notNull(),
    votesAgainst: integer('votes_against').notNull(),
    abstentions: integer('abstentions').notNull(),
    decidedBy: integer('decided_by')
      .notNull()
      .references(() => users.id),
    /** Set when a decision is replaced (e.g. after an objection); only one live decision each. */
    revokedAt: text('revoked_at'),
    ...timestamps,
  },
  (t) => [
    // One live decision per application.
    uniqueIndex('decisions_live_application_idx')
      .on(t.applicationId)
      .where(sql`${t.revokedAt} IS NULL`),
    // Decisions of a network by date (register, dashboard).
    index('decisions_network_decided_idx').on(t.networkId, t.decidedOn),
    // Awarded and rejected per plan.
    index('decisions_plan_idx').on(t.planId, t.outcome),
    // The list: its sorts, a network's (coordinators') in each order, and its filters by date.
    index('decisions_decided_idx').on(t.decidedOn),
    index('decisions_amount_idx').on(t.amountCents),
    index('decisions_network_id_idx').on(t.networkId, t.id),
    index('decisions_network_amount_idx').on(t.networkId, t.amountCents),
    index('decisions_plan_decided_idx').on(t.planId, t.decidedOn),
    // The register's page of a plan's live awards, newest first.
    index('decisions_plan_awarded_idx')
      .on(t.planId, t.decidedOn)
      .where(sql`${t.outcome} = 'awarded' AND ${t.revokedAt} IS NULL`),
    index('decisions_outcome_decided_idx').on(t.outcome, t.decidedOn),
    // An application's decisions, revoked ones too.
    index('decisions_application_idx').on(t.applicationId),
    check('decisions_outcome_check', sql`${t.outcome} IN ${oneOf(DECISION_OUTCOMES)}`),
    check(
      'decisions_amount_check',
      sql`${t.amountCents} >= 0 AND (${t.outcome} = 'awarded' OR ${t.amountCents} = 0)`,
    ),
    check(
      'decisions_votes_check',
      sql`${t.votesFor} >= 0 AND ${t.votesAgainst} >= 0 AND ${t.abstentions} >= 0`,
    ),
  ],
)

export const decisionMembers = sqliteTable(
  'decision_members',
  {
    decisionId: integer('decision_id')
      .notNull()
      .references(() => decisions.id, { onDelete: 'cascade' }),
    memberId: integer('member_id')
      .notNull()
      .references(() => members.id, { onDelete: 'restrict' }),
  },
  (t) => [
    primaryKey({ columns: [t.decisionId, t.memberId] }),
    // Seats cannot be deleted while they voted (restrict look-up).
    index('decision_members_member_idx').on(t.memberId),
  ],
)

export const payoutBatches = sqliteTable(
  'payout_batches',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    executionDate: text('execution_date').notNull(),
    messageId: text('message_id').notNull(),
    count: integer('count').notNull().default(0),
    totalCents: integer('total_cents').notNull().default(0),
    status: text('status', { enum: BATCH_STATUSES }).notNull().default('open'),
    createdBy: integer('created_by')
      .notNull()
      .references(() => users.id),
    exportedAt: text('exported_at'),
    paidOn: text('paid_on'),
    ...timestamps,
  },
  (t) => [
    // SEPA message ids are unique.
    uniqueIndex('payout_batches_message_id_idx').on(t.messageId),
    // Open and exported batches by execution date.
    index('payout_batches_status_idx').on(t.status, t.executionDate),
    // List sort by execution date.
    index('payout_batches_execution_idx').on(t.executionDate),
    check('payout_batches_count_check', sql`${t.count} >= 0`),
    check('payout_batches_status_check', sql`${t.status} IN ${oneOf(BATCH_STATUSES)}`),
  ],
)

export const payouts = sqliteTable(
  'payouts',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    applicationId: integer('application_id')
      .notNull()
      .references(() => applications.id, { onDelete: 'restrict' }),
    networkId: integer('network_id')
      .notNull()
      .references(() => networks.id),
    planId: integer('plan_id')
      .notNull()
      .references(() => plans.id),
    /** 1, 2, 3… per application; part of the EndToEndId. */
    number: integer('number').notNull(),
    kind: text('kind', { enum: PAYOUT_KINDS }).notNull(),
    /** Negative only for a reclaim: money to collect from the initiative. */
    amountCents: integer('amount_cents').notNull(),
    dueOn: text('due_on').notNull(),
    status: text('status', { enum: PAYOUT_STATUSES }).notNull().default('scheduled'),
    batchId: integer('batch_id').references(() => payoutBatches.id, { onDelete: 'set null' }),
    paidOn: text('paid_on'),
    endToEndId: text('end_to_end_id').notNull(),
    ...timestamps,
  },
  (t) => [
    // EndToEndIds are unique, so nothing is paid twice under one id.
    uniqueIndex('payouts_end_to_end_idx').on(t.endToEndId),
    // An application's payouts in order; numbers are unique.
    uniqueIndex('payouts_application_number_idx').on(t.applicationId, t.number),
    // Gathering a batch reads scheduled payouts by due date.
    index('payouts_status_due_idx').on(t.status, t.dueOn),
    // A batch's payouts (export, mark paid), in the list's order.
    index('payouts_batch_idx').on(t.batchId, t.dueOn),
    // A coordinator's share of a batch, and whether a batch pays one of their networks.
    index('payouts_batch_network_idx').on(t.batchId, t.networkId),
    // Network scoping and filter, by due date.
    index('payouts_network_due_idx').on(t.networkId, t.dueOn),
    // Plan filter, by due date.
    index('payouts_plan_due_idx').on(t.planId, t.dueOn),
    // Default sort and "due before" filter.
    index('payouts_due_idx').on(t.dueOn),
    // Sort by amount.
    index('payouts_amount_idx').on(t.amountCents),
    // Filter by kind, by due date.
    index('payouts_kind_due_idx').on(t.kind, t.dueOn),
    // A coordinator's list sorted by id or amount, read within one network in order.
    index('payouts_network_id_idx').on(t.networkId, t.id),
    index('payouts_network_amount_idx').on(t.networkId, t.amountCents),
    check(
      'payouts_amount_check',
      sql`CASE WHEN ${t.kind} = 'reclaim' THEN ${t.amountCents} < 0 ELSE ${t.amountCents} > 0 END`,
    ),
    check('payouts_kind_check', sql`${t.kind} IN ${oneOf(PAYOUT_KINDS)}`),
    check('payouts_status_check', sql`${t.status} IN ${oneOf(PAYOUT_STATUSES)}`),
    check(
      'payouts_batch_check',
      sql`(${t.status} = 'batched') <= (${t.batchId} IS NOT NULL) AND (${t.status} = 'paid') <= (${t.paidOn} IS NOT NULL)`,
    ),
  ],
)

/**
 * A change of an awarded application's bank account, asked for by one finance user and applied
 * only when a second one approves it (four eyes); while pending, its payouts stay out of batches.
 */
export const bankChanges = sqliteTable(
  'bank_changes',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    applicationId: integer('application_id')
      .notNull()
      .references(() => applications.id, { onDelete: 'restrict' }),
    networkId: integer('network_id')
      .notNull()
      .references(() => networks.id),
    iban: text('iban').notNull(),
    accountHolder: text('account_holder').notNull(),
    note: text('note').notNull().default(''),
    status: text('status', { enum: BANK_CHANGE_STATUSES }).notNull().default('pending'),
    requestedBy: integer('requested_by')
      .notNull()
      .references(() => users.id),
    decidedBy: integer('decided_by').references(() => users.id),
    decidedAt: text('decided_at'),
    ...timestamps,
  },
  (t) => [
    // At most one pending change per application; batches look pending changes up by application.
    uniqueIndex('bank_changes_pending_idx')
      .on(t.applicationId)
      .where(sql`${t.status} = 'pending'`),
    // An application's changes, newest first.
    index('bank_changes_application_idx').on(t.applicationId, t.createdAt),
    // The list of changes waiting for approval.
    index('bank_changes_status_idx').on(t.status, t.createdAt),
    check('bank_changes_status_check', sql`${t.status} IN ${oneOf(BANK_CHANGE_STATUSES)}`),
    check(
      'bank_changes_four_eyes_check',
      sql`${t.status} = 'pending' OR (${t.decidedBy} IS NOT NULL AND ${t.decidedAt} IS NOT NULL)`,
    ),
    check(
      'bank_changes_second_person_check',
      sql`${t.status} <> 'approved' OR ${t.decidedBy} <> ${t.requestedBy}`,
    ),
  ],
)

/**
 * The outbox: every message to an applicant (or a coordinator's warning), kept whether or not it
 * could be sent, so staff see what was said and nothing is lost when no sender is configured.
 */
export const messages = sqliteTable(
  'messages',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    applicationId: integer('application_id').references(() => applications.id, {
      onDelete: 'cascade',
    }),
    /** The staff member a warning goes to; null for messages to the applicant. */
    userId: integer('user_id').references(() => users.id, { onDelete: 'cascade' }),
    networkId: integer('network_id')
      .notNull()
      .references(() => networks.id),
    kind: text('kind', { enum: MESSAGE_KINDS }).notNull(),
    locale: text('locale', { enum: LOCALES }).notNull().default('nl'),
    toAddress: text('to_address'),
    subject: text('subject').notNull(),
    body: text('body').notNull(),
    /**
     * The private link, only until the message is sent: the body holds a placeholder for it, and
     * staff never receive it (it would let them act as the applicant).
     */
    privateLink: text('private_link'),
    status: text('status', { enum: MESSAGE_STATUSES }).notNull().default('queued'),
    attempts: integer('attempts').notNull().default(0),
    lastError: text('last_error'),
    sentAt: text('sent_at'),
    /** Makes scheduled messages (reminders, warnings) idempotent: one per key. */
    dedupeKey: text('dedupe_key'),
    ...timestamps,
  },
  (t) => [
    // An application's messages, newest first (the panel's messages tab).
    index('messages_application_idx').on(t.applicationId, t.createdAt),
    // The sender picks up queued messages oldest first; list filter on status.
    index('messages_status_idx').on(t.status, t.createdAt),
    // Network scoping and filter; the list's order is the id (messages are numbered as written).
    index('messages_network_idx').on(t.networkId, t.id),
    // List filters on status and kind, in the list's order.
    index('messages_status_id_idx').on(t.status, t.id),
    index('messages_kind_idx').on(t.kind, t.id),
    uniqueIndex('messages_dedupe_idx').on(t.dedupeKey),
    check('messages_kind_check', sql`${t.kind} IN ${oneOf(MESSAGE_KINDS)}`),
    check('messages_status_check', sql`${t.status} IN ${oneOf(MESSAGE_STATUSES)}`),
    check('messages_locale_check', sql`${t.locale} IN ${oneOf(LOCALES)}`),
    check(
      'messages_recipient_check',
      sql`(${t.applicationId} IS NOT NULL) OR (${t.userId} IS NOT NULL)`,
    ),
  ],
)

export const auditLog = sqliteTable(
  'audit_log',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    at: text('at').notNull().default(now),
    actorType: text('actor_type', { enum: ACTOR_TYPES }).notNull(),
    actorId: integer('actor_id'),
    action: text('action').notNull(),
    entity: text('entity').notNull(),
    entityId: integer('entity_id'),
    /** The network the record belongs to, so coordinators see their own networks' history. */
    networkId: integer('network_id'),
    /** JSON: created/deleted values, or { field: [old, new] } for updates. */
    changes: text('changes', { mode: 'json' }).$type<Record<string, unknown>>(),
  },
  (t) => [
    // Default sort: newest first.
    index('audit_log_at_idx').on(t.at),
    // A record's history tab.
    index('audit_log_entity_idx').on(t.entity, t.entityId, t.at),
    // Coordinators read their networks' entries, newest first.
    index('audit_log_network_at_idx').on(t.networkId, t.at),
    // Filter by who did it.
    index('audit_log_actor_idx').on(t.actorId, t.at),
    // List filters on entity, record id and action, newest first.
    index('audit_log_entity_at_idx').on(t.entity, t.at),
    index('audit_log_entity_id_idx').on(t.entityId, t.networkId),
    // Finance reads the payment entities' entries, one entity at a time, by id.
    index('audit_log_entity_row_idx').on(t.entity, t.id),
    index('audit_log_action_idx').on(t.action, t.at),
    // A coordinator's list sorted by id, read within one network in order.
    index('audit_log_network_id_idx').on(t.networkId, t.id),
    check('audit_log_actor_type_check', sql`${t.actorType} IN ${oneOf(ACTOR_TYPES)}`),
  ],
)

/**
 * Totals of the large lists, kept exact by triggers in the statement of every write
 * (migrations/0007_list_costs.sql), per resource, network and status, with rows for all networks
 * (network 0) and all statuses (status ''), so a list's `Content-Range` reads a few rows.
 */
export const listCounts = sqliteTable(
  'list_counts',
  {
    resource: text('resource').notNull(),
    networkId: integer('network_id').notNull(),
    status: text('status').notNull(),
    n: integer('n').notNull().default(0),
  },
  (t) => [primaryKey({ columns: [t.resource, t.networkId, t.status] })],
)

/*
 * The dashboard's and the public register's figures, kept exact by triggers in the statement of
 * every write (migrations/0010_dashboard_totals.sql), so that a widget reads a few rows per plan
 * or priority instead of every application, review and payout.
 */

/**
 * Per plan: submitted applications per status, money paid, reclaimed and settled, and the live
 * awards the register shows.
 */
export const planTotals = sqliteTable('plan_totals', {
  planId: integer('plan_id')
    .primaryKey()
    .references(() => plans.id, { onDelete: 'cascade' }),
  submittedCount: integer('submitted_count').notNull().default(0),
  infoRequestedCount: integer('info_requested_count').notNull().default(0),
  awardedCount: integer('awarded_count').notNull().default(0),
  rejectedCount: integer('rejected_count').notNull().default(0),
  withdrawnCount: integer('withdrawn_count').notNull().default(0),
  reportedCount: integer('reported_count').notNull().default(0),
  settledCount: integer('settled_count').notNull().default(0),
  paidCents: integer('paid_cents').notNull().default(0),
  reclaimCents: integer('reclaim_cents').notNull().default(0),
  settledCents: integer('settled_cents').notNull().default(0),
  initiativeCount: integer('initiative_count').notNull().default(0),
})

/** Applications under review per plan and decision day. */
export const dueCounts = sqliteTable(
  'due_counts',
  {
    planId: integer('plan_id')
      .notNull()
      .references(() => plans.id, { onDelete: 'cascade' }),
    dueOn: text('due_on').notNull(),
    n: integer('n').notNull().default(0),
  },
  (t) => [primaryKey({ columns: [t.planId, t.dueOn] })],
)

/** Reviews of applications under review, per plan and reviewer. */
export const reviewCounts = sqliteTable(
  'review_counts',
  {
    planId: integer('plan_id')
      .notNull()
      .references(() => plans.id, { onDelete: 'cascade' }),
    reviewerId: integer('reviewer_id').notNull(),
    submitted: integer('submitted').notNull().default(0),
    drafts: integer('drafts').notNull().default(0),
    conflicted: integer('conflicted').notNull().default(0),
  },
  (t) => [primaryKey({ columns: [t.planId, t.reviewerId] })],
)

/** A counted application's share of its award per priority it names (0 when not awarded). */
export const priorityShares = sqliteTable(
  'priority_shares',
  {
    applicationId: integer('application_id').notNull(),
    priorityId: integer('priority_id').notNull(),
    awarded: integer('awarded', { mode: 'boolean' }).notNull(),
    cents: integer('cents').notNull(),
  },
  (t) => [primaryKey({ columns: [t.applicationId, t.priorityId] })],
)

/** The sums of priority_shares per priority. */
export const priorityTotals = sqliteTable('priority_totals', {
  priorityId: integer('priority_id')
    .primaryKey()
    .references(() => priorities.id, { onDelete: 'cascade' }),
  applicationCount: integer('application_count').notNull().default(0),
  awardedCount: integer('awarded_count').notNull().default(0),
  awardedCents: integer('awarded_cents').notNull().default(0),
})

/** Scheduled transfers a batch leaves out, and why: no account, or a bank change pending. */
export const payoutHolds = sqliteTable(
  'payout_holds',
  {
    payoutId: integer('payout_id').primaryKey(),
    applicationId: integer('application_id').notNull(),
    networkId: integer('network_id').notNull(),
    planId: integer('plan_id').notNull(),
    dueOn: text('due_on').notNull(),
    amountCents: integer('amount_cents').notNull(),
    reason: text('reason').notNull(),
  },
  (t) => [
    // An application's holds, renewed when its account or bank changes change.
    index('payout_holds_application_idx').on(t.applicationId),
    // The earliest due first.
    index('payout_holds_due_idx').on(t.dueOn),
  ],
)
