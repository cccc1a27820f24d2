/** Staff roles, as the API names them. */
export const ROLES = ['admin', 'coordinator', 'reviewer', 'finance'] as const
export type Role = (typeof ROLES)[number]

const WRITE_ACTIONS = new Set(['create', 'edit', 'delete', 'clone'])
/** What coordinators manage in their own networks (the API limits them to those). */
const PLAN_RESOURCES = new Set(['plans', 'priorities', 'criteria'])
/** Written only by the API itself (applicants' forms, its audit writer), never through the panel. */
const READ_ONLY_RESOURCES = new Set([
  'audit-log',
  'applications',
  'attachments',
  'payouts',
  // Asked for and decided through their own dialog and buttons, never edited.
  'bank-changes',
  // Submitted by the initiative through its private link; settled through their dialog.
  'reports',
  // Written with the events they report and sent by the worker.
  'messages',
])
/** Resources that not every role may read, with the roles that may. */
const READERS: Record<string, readonly Role[]> = {
  'audit-log': ['admin', 'coordinator', 'finance'],
  // Bank accounts are for admin and finance only.
  'bank-changes': ['admin', 'finance'],
  // Coordinators see the payouts of their own networks (the API limits them to those).
  payouts: ['admin', 'coordinator', 'finance'],
  'payout-batches': ['admin', 'coordinator', 'finance'],
  reviews: ['admin', 'coordinator', 'reviewer'],
  // What applicants were told holds their contact data: for those who see it (DESIGN §2).
  messages: ['admin', 'coordinator'],
}
/** Resources written by roles other than the admin, as `resource.action`, with those roles. */
const WRITERS: Record<string, readonly Role[]> = {
  // A panel member writes only their own reviews; nobody deletes one.
  'reviews.create': ['reviewer'],
  'reviews.edit': ['reviewer'],
  'reviews.delete': [],
  // Decisions are recorded, never edited or deleted.
  'decisions.create': ['admin', 'coordinator'],
  'decisions.edit': [],
  'decisions.delete': [],
  // Finance gathers batches (through their dialog) and never edits or deletes one.
  'payout-batches.create': ['finance'],
  'payout-batches.edit': [],
  'payout-batches.delete': [],
}
/** Actions beyond CRUD, as `resource.action`, with the roles that may take them. */
const ACTIONS: Record<string, readonly Role[]> = {
  'applications.request-info': ['admin', 'coordinator'],
  // Four eyes: one finance user asks, another approves (the API refuses the requester).
  'bank-changes.request': ['finance'],
  'bank-changes.approve': ['finance'],
  'bank-changes.reject': ['finance'],
  // The letter names the applicant: only those who see contact data preview it.
  'decisions.letter': ['admin', 'coordinator'],
  // Bank files name accounts, and the first download marks the batch exported.
  'payout-batches.export': ['finance'],
  'payout-batches.mark-paid': ['finance'],
  'payout-batches.cancel': ['finance'],
  'plans.ranking': ['admin', 'coordinator'],
  // A whole IBAN, only for those who pay; the API logs every time it is shown.
  'applications.reveal-iban': ['admin', 'finance'],
  'bank-changes.reveal-iban': ['admin', 'finance'],
  'reports.settle': ['admin', 'coordinator'],
  // Report photos show residents: only those who settle the report see them (as the API).
  'reports.files': ['admin', 'coordinator'],
  'reviews.reopen': ['reviewer'],
}

/** Whose history finance reads: what it pays (DESIGN §2); reviewers read no history at all. */
const FINANCE_HISTORY = new Set(['applications', 'payouts', 'payout-batches', 'bank-changes'])

/** A record's history: whoever reads the record, except reviewers, and finance only for payments. */
function mayReadHistory(role: Role, resource: string): boolean {
  if (role === 'reviewer') return false
  if (role === 'finance' && !FINANCE_HISTORY.has(resource)) return false
  return READERS[resource]?.includes(role) ?? true
}

/**
 * The role matrix of DESIGN §2, mirrored so the panel offers only what the API will allow. The API
 * remains the authority: it also limits coordinators and reviewers to their own networks, finance
 * to awarded applications, reviewers to their own reviews, and checks the record's state.
 */
export function mayAccess(role: Role, resource: string, action: string): boolean {
  if (action === 'history') return mayReadHistory(role, resource)
  const roles = ACTIONS[`${resource}.${action}`] ?? WRITERS[`${resource}.${action}`]
  if (roles) return roles.includes(role)
  if (!WRITE_ACTIONS.has(action)) return READERS[resource]?.includes(role) ?? true
  if (READ_ONLY_RESOURCES.has(resource)) return false
  return role === 'admin' || (role === 'coordinator' && PLAN_RESOURCES.has(resource))
}
