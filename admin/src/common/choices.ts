import { ROLES } from '../access'
import { MESSAGE_KINDS, MESSAGE_STATUSES } from '../messages/message'
import {
  APPLICANT_TYPES,
  APPLICATION_STATUSES,
  ATTACHMENT_KINDS,
  BANK_CHANGE_STATUSES,
  BUDGET_CATEGORIES,
  PAYOUT_KINDS,
  PAYOUT_STATUSES,
  SCORE_LEVELS,
} from '../types'

/** Choices whose names are i18n keys, translated by the Select inputs and fields. */
function choices(values: readonly string[], prefix: string) {
  return values.map((id) => ({ id, name: `${prefix}.${id}` }))
}

/** The score levels, each named by its number and meaning ("3 – goed"). */
export const scoreLevelChoices = SCORE_LEVELS.map((id) => ({ id, name: `app.scoreLevel.${id}` }))
export const reviewStatusChoices = choices(['draft', 'submitted'], 'resources.reviews.status')
export const dueChoices = choices(['soon', 'overdue'], 'resources.reviews.queue.dueFilter')
export const outcomeChoices = choices(['awarded', 'rejected'], 'resources.decisions.outcome')

export const roleChoices = choices(ROLES, 'app.role')
export const memberKindChoices = choices(['resident', 'professional'], 'app.memberKind')
export const planStatusChoices = choices(['draft', 'open', 'closed'], 'app.planStatus')
export const auditActionChoices = choices(
  [
    'create',
    'update',
    'delete',
    'login',
    'submit',
    'withdraw',
    'request-info',
    'decide',
    'save',
    'declare-conflict',
    'reopen',
    'report',
    'settle',
    'request',
    'approve',
    'reject',
    'cancel',
    'export',
    'download',
    'pay',
    'view_iban',
  ],
  'app.auditAction',
)
export const applicationStatusChoices = choices(
  APPLICATION_STATUSES,
  'resources.applications.status',
)
export const applicantTypeChoices = choices(APPLICANT_TYPES, 'resources.applications.applicantType')
export const budgetCategoryChoices = choices(BUDGET_CATEGORIES, 'resources.applications.category')
export const attachmentKindChoices = choices(ATTACHMENT_KINDS, 'resources.attachments.kind')
export const payoutKindChoices = choices(PAYOUT_KINDS, 'resources.payouts.kind')
export const payoutStatusChoices = choices(PAYOUT_STATUSES, 'resources.payouts.status')
export const payoutBatchStatusChoices = choices(
  ['open', 'exported', 'paid'],
  'resources.payout-batches.status',
)
export const bankChangeStatusChoices = choices(
  BANK_CHANGE_STATUSES,
  'resources.bank-changes.status',
)
export const messageKindChoices = choices(MESSAGE_KINDS, 'resources.messages.kind')
export const messageStatusChoices = choices(MESSAGE_STATUSES, 'resources.messages.status')
