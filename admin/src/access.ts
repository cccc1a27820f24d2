/** Staff roles, as the API names them. */
export const ROLES = ['admin', 'coordinator', 'reviewer', 'finance'] as const
export type Role = (typeof ROLES)[number]

const WRITE_ACTIONS = new Set(['create', 'edit', 'delete', 'clone'])
/** What coordinators manage in their own networks (the API limits them to those). */
const PLAN_RESOURCES = new Set(['plans', 'priorities', 'criteria'])

/**
 * The role matrix of DESIGN §2, mirrored so the panel offers only what the API will allow. The API
 * remains the authority: it also limits coordinators and reviewers to their own networks.
 */
export function mayAccess(role: Role, resource: string, action: string): boolean {
  if (!WRITE_ACTIONS.has(action)) return !(resource === 'audit-log' && role === 'reviewer')
  if (resource === 'audit-log') return false
  return role === 'admin' || (role === 'coordinator' && PLAN_RESOURCES.has(resource))
}
