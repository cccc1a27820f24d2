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
  score: number | null
  reviewCount: number
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
