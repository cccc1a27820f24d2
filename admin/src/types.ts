import type { RaRecord } from 'react-admin'
import type { Role } from './access'

/** Records as the API returns them (DESIGN §1); money in integer cents. */
export interface User extends RaRecord<number> {
  email: string
  name: string
  role: Role
  active: boolean
}

export interface Network extends RaRecord<number> {
  name: string
  area: string
  postcodes: string[]
  memberCount: number
  residentCount: number
  residentShare: number | null
  mayDecide: boolean
}

export type PlanStatus = 'draft' | 'open' | 'closed'

export interface Plan extends RaRecord<number> {
  networkId: number
  year: number
  title: string
  budgetCents: number
  maxGrantCents: number
  opensOn: string
  closesOn: string
  minScore: number
  status: PlanStatus
  awardedCents: number
  budgetRemainingCents: number
  weightTotal: number
  priorityCount: number
}

export interface AuditEntry extends RaRecord<number> {
  at: string
  actorType: 'user' | 'applicant' | 'system'
  actorId: number | null
  actorName: string | null
  action: string
  entity: string
  entityId: number | null
  networkId: number | null
  changes: Record<string, unknown> | null
}

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
export type ApplicationStatus = (typeof APPLICATION_STATUSES)[number]

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

export interface BudgetLine {
  description: string
  category: (typeof BUDGET_CATEGORIES)[number]
  amountCents: number
  /** A category that is usually not funded: the panel should look at it. */
  flagged: boolean
}

/**
 * An application as staff see it. The contact keys are present only for admins and coordinators,
 * the bank keys only for admins, finance and (IBAN masked) coordinators: absent means not yours.
 */
export interface Application extends RaRecord<number> {
  planId: number
  networkId: number
  reference: string
  status: ApplicationStatus
  title: string
  summary: string
  description: string
  priorityIds: number[]
  targetGroup: string
  expectedParticipants: number | null
  volunteers: number | null
  goal: string
  startsOn: string | null
  endsOn: string | null
  postcode: string | null
  requestedCents: number
  ownContributionCents: number
  ownContributionHours: number
  otherFunding: string
  supporters: number
  worksWithVulnerable: boolean
  vogConfirmed: boolean
  openToAll: boolean
  applicantType: (typeof APPLICANT_TYPES)[number] | null
  organisationName: string | null
  kvkNumber: string | null
  contactName?: string | null
  email?: string | null
  phone?: string | null
  iban?: string | null
  accountHolder?: string | null
  submittedAt: string | null
  decisionDueOn: string | null
  infoRequestedAt: string | null
  infoDueOn: string | null
  infoRequest: string | null
  /** The day the file closed (withdrawn, refused, settled): its retention term runs from it. */
  closedOn: string | null
  /** When the applicant asked through their private link for their data to be removed. */
  removalRequestedAt: string | null
  anonymisedAt: string | null
  /** From which day retention erases the applicant's data; null while the file is open. */
  personalDataDueOn: string | null
  /** Null for a panel member until they have submitted their own review without a conflict. */
  score: number | null
  reviewCount: number
  /** The reader's own review of it, if any. */
  myReviewId: number | null
  myReviewStatus: ReviewStatus | null
  myConflict: boolean
  budgetLines: BudgetLine[]
  /** Soft warnings, already in the reader's language. */
  warnings: { field: string; message: string }[]
  createdAt: string
  updatedAt: string
}

export const ATTACHMENT_KINDS = ['quote', 'plan', 'photo', 'report', 'other'] as const

export interface Attachment extends RaRecord<number> {
  applicationId: number
  kind: (typeof ATTACHMENT_KINDS)[number]
  filename: string
  contentType: string
  sizeBytes: number
  createdAt: string
}

export interface Criterion extends RaRecord<number> {
  planId: number
  title: string
  description: string
  weight: number
  knockout: boolean
  position: number
}

export type ReviewStatus = 'draft' | 'submitted'

/** The levels a criterion is scored on, 0 insufficient to 4 excellent (DOMAIN: scoring). */
export const SCORE_LEVELS = [0, 1, 2, 3, 4] as const

export interface CriterionScore {
  criterionId: number
  score: number
  reason: string
}

export interface Review extends RaRecord<number> {
  applicationId: number
  networkId: number
  reviewerId: number
  reviewerName: string
  conflictOfInterest: boolean
  conflictNote: string | null
  status: ReviewStatus
  /** 0–100, once every criterion is scored. */
  total: number | null
  submittedAt: string | null
  scores: CriterionScore[]
  createdAt: string
  updatedAt: string
}

export type DecisionOutcome = 'awarded' | 'rejected'

export interface Decision extends RaRecord<number> {
  applicationId: number
  networkId: number
  planId: number
  outcome: DecisionOutcome
  amountCents: number
  motivation: string
  partialReason: string | null
  decidedOn: string
  objectionDeadline: string
  presentMemberIds: number[]
  votesFor: number
  votesAgainst: number
  abstentions: number
  revokedAt: string | null
}

/** A seat of the application's network, as the decision dialog lists who may be present. */
export interface PanelSeat {
  memberId: number
  userId: number
  name: string
  kind: 'resident' | 'professional'
  /** Declared a conflict of interest on this application: may not be present for the vote. */
  conflicted: boolean
}

export interface PanelMember {
  userId: number
  name: string
}

export type DueStatus = 'overdue' | 'dueSoon' | 'onTime'

/** One application of a plan's ranking, best first. */
export interface RankedApplication {
  id: number
  reference: string
  title: string
  status: ApplicationStatus
  requestedCents: number
  score: number | null
  rank: number
  meetsThreshold: boolean
  knockout: boolean
  reviewCount: number
  decisionDueOn: string | null
  dueStatus: DueStatus | null
  decision: { outcome: DecisionOutcome; amountCents: number } | null
  progress: Record<'submitted' | 'draft' | 'notStarted' | 'conflicted', PanelMember[]>
}

/** What a coordinator decides from: the plan's budget, whether its network may decide, the ranking. */
export interface PlanRanking {
  plan: {
    id: number
    title: string
    networkId: number
    budgetCents: number
    awardedCents: number
    budgetRemainingCents: number
    minScore: number
  }
  network: Pick<Network, 'memberCount' | 'residentCount' | 'residentShare' | 'mayDecide'>
  applications: RankedApplication[]
}

export const PAYOUT_KINDS = ['advance', 'installment', 'final', 'reclaim'] as const
export type PayoutKind = (typeof PAYOUT_KINDS)[number]
export const PAYOUT_STATUSES = ['scheduled', 'batched', 'paid', 'cancelled'] as const
export type PayoutStatus = (typeof PAYOUT_STATUSES)[number]

/** One payment to (or, negative, a reclaim from) an awarded application. */
export interface Payout extends RaRecord<number> {
  applicationId: number
  networkId: number
  planId: number
  number: number
  kind: PayoutKind
  /** Negative for a reclaim: money to collect. */
  amountCents: number
  dueOn: string
  status: PayoutStatus
  batchId: number | null
  paidOn: string | null
  endToEndId: string | null
  reference: string
  title: string
  /** Only for admin and finance. */
  creditorName?: string
  creditorIban?: string
}

/** How many payouts a filtered set holds and what they add up to, in all and per status. */
export interface PayoutSums {
  count: number
  totalCents: number
  byStatus: Record<PayoutStatus, { count: number; totalCents: number }>
}

export type PayoutBatchStatus = 'open' | 'exported' | 'paid'

/** Due payouts gathered into one bank transfer file. */
export interface PayoutBatch extends RaRecord<number> {
  executionDate: string
  messageId: string
  count: number
  totalCents: number
  status: PayoutBatchStatus
  createdBy: number
  exportedAt: string | null
  paidOn: string | null
  createdAt: string
}

/** What to gather: every due scheduled payout up to a day, or the payouts named. */
export type BatchRequest = { executionDate: string } & (
  { dueBefore: string } | { payoutIds: number[] }
)

export const BANK_CHANGE_STATUSES = ['pending', 'approved', 'rejected'] as const
export type BankChangeStatus = (typeof BANK_CHANGE_STATUSES)[number]

/** A change of an awarded application's bank account, waiting for a second finance colleague. */
export interface BankChange extends RaRecord<number> {
  applicationId: number
  reference: string
  currentIban: string | null
  iban: string
  accountHolder: string
  note: string | null
  status: BankChangeStatus
  requestedBy: number
  decidedBy: number | null
  decidedAt: string | null
  createdAt: string
}

/** What finance asks to change an application's account to. */
export interface BankChangeRequest {
  applicationId: number
  iban: string
  accountHolder: string
  note?: string
}

/** An initiative's account afterwards, and once settled the amount set (vaststelling). */
export interface Report extends RaRecord<number> {
  applicationId: number
  networkId: number
  narrative: string
  participantsReached: number
  actualCostsCents: number
  financialOverview: string | null
  submittedAt: string
  settledCents: number | null
  settledOn: string | null
  settlementReason: string | null
  reclaimCents: number | null
}
