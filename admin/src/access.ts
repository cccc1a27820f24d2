/** Staff roles, as the API names them. */
export const ROLES = ['admin', 'coordinator', 'reviewer', 'finance'] as const
export type Role = (typeof ROLES)[number]

const WRITE_ACTIONS = new Set(['create', 'edit', 'delete', 'clone'])
/** What coordinators manage in their own networks (the API limits them to those). */
const PLAN_RESOURCES = new Set(['plans', 'priorities', 'criteria'])
/** Written only by the API itself (applicants' forms, its audit writer), never through the panel. */
const READ_ONLY_RESOURCES = new Set(['audit-log', 'applications', 'attachments'])
/** Actions beyond CRUD, as `resource.action`, with the roles that may take them. */
const ACTIONS: Record<string, readonly Role[]> = {
  'applications.request-info': ['admin', 'coordinator'],
}

/**
 * The role matrix of DESIGN §2, mirrored so the panel offers only what the API will allow. The API
 * remains the authority: it also limits coordinators and reviewers to their own networks, finance
 * to awarded applications, and checks the record's state.
 */
export function mayAccess(role: Role, resource: string, action: string): boolean {
  const actionRoles = ACTIONS[`${resource}.${action}`]
  if (actionRoles) return actionRoles.includes(role)
  if (!WRITE_ACTIONS.has(action)) return !(resource === 'audit-log' && role === 'reviewer')
  if (READ_ONLY_RESOURCES.has(resource)) return false
  return role === 'admin' || (role === 'coordinator' && PLAN_RESOURCES.has(resource))
}
