import { type SQL, sql } from 'drizzle-orm'
import type { SQLiteColumn } from 'drizzle-orm/sqlite-core'
import { createMiddleware } from 'hono/factory'
import { ROLES } from '../db/schema'
import type { AppEnv, SessionUser } from './context'
import { ApiError } from './errors'
import { inList } from './list-query'

export type Role = (typeof ROLES)[number]

/** Roles that see every network; the others see only the networks they hold a seat in. */
const ALL_NETWORKS: readonly Role[] = ['admin', 'finance']

/**
 * The rows of `column` (a network id) that the user may reach, or undefined when they may reach
 * all. Rows outside it answer 404, so nothing leaks about their existence.
 */
export function ownNetworks(user: SessionUser, column: SQLiteColumn | SQL): SQL | undefined {
  const networkIds = ownNetworkIds(user)
  if (!networkIds || networkIds.length === 1) return networkIds && inList(column, networkIds)
  // A few networks (most users have one or two) are bound one by one and checked without reading
  // a row, where D1 bills a `json_each` row for every row checked; unary + leaves the choice of
  // index to the list's own filters and sort, or to its parts (one per network).
  if (networkIds.length <= FEW_NETWORKS) {
    return sql`+${column} IN (${sql.join(
      networkIds.map((id) => sql`${id}`),
      sql`, `,
    )})`
  }
  return inList(column, networkIds)
}

/** Up to this many networks are bound one by one (D1 allows 100 bound parameters per statement). */
const FEW_NETWORKS = 8

/** The networks the user is kept to, or undefined when they may reach all. */
export function ownNetworkIds(user: SessionUser): readonly number[] | undefined {
  return ALL_NETWORKS.includes(user.role) ? undefined : user.networkIds
}

/** Whether the user may reach a record of this network (the check `ownNetworks` makes in SQL). */
export function reachesNetwork(user: SessionUser, networkId: number): boolean {
  return ALL_NETWORKS.includes(user.role) || user.networkIds.includes(networkId)
}

/** The roles each `requireRole` middleware lets through, for the API description. */
const allowedRoles = new WeakMap<object, readonly Role[]>()

/** Refuses with 403 unless the logged-in user has one of the roles. */
export function requireRole(...roles: Role[]) {
  const middleware = createMiddleware<AppEnv>(async function requireRole(c, next) {
    if (!roles.includes(c.get('user').role)) throw new ApiError(403, 'forbidden')
    await next()
  })
  allowedRoles.set(middleware, roles)
  return middleware
}

/** The roles a handler made by `requireRole` lets through; undefined for any other handler. */
export function rolesAllowedBy(handler: object): readonly Role[] | undefined {
  return allowedRoles.get(handler)
}
