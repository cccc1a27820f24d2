import { type SQL, and, count, eq, or, sql } from 'drizzle-orm'
import type { Context } from 'hono'
import * as z from 'zod'
import {
  attachments,
  auditLog,
  bankChanges,
  criteria,
  decisions,
  members,
  payouts,
  priorities,
  reports,
} from '../db/schema'
import { type Role, ownNetworks } from './access'
import type { AppEnv, SessionUser } from './context'
import { ApiError } from './errors'
import { describeRoute, recordOf } from './openapi'
import { type ListSpec, contentRange, equals, parseListQuery } from './list-query'
import { maskPersonalData } from './personal-data'

/** An audit entry as clients read it, in the audit log and in every record's history. */
export const entryFields = {
  id: auditLog.id,
  at: auditLog.at,
  actorType: auditLog.actorType,
  actorId: auditLog.actorId,
  actorName: sql<string | null>`(SELECT u.name FROM users u
    WHERE u.id = audit_log.actor_id AND audit_log.actor_type = 'user')`,
  action: auditLog.action,
  entity: auditLog.entity,
  entityId: auditLog.entityId,
  networkId: auditLog.networkId,
  changes: auditLog.changes,
}

/** An entry with its changes as this user may read them (lib/personal-data). */
export function presentEntry(row: Record<string, unknown>, user: SessionUser) {
  return { ...row, changes: maskPersonalData(row.changes, user.role) }
}

/** What finance pays and so reads the log of (DESIGN §2). */
export const PAYMENT_ENTITIES = ['payouts', 'payout-batches', 'bank-changes']
/** Finance also reads the history of the applications it sees: the awarded ones. */
const FINANCE_HISTORY = [...PAYMENT_ENTITIES, 'applications']

/**
 * Records whose entries belong in another record's history: its parts, which have no page of
 * their own or are best read in the story of the whole. `readers` mirrors the part's own read
 * roles; `ids` selects the parts' ids by an indexed column. A part deleted since is no longer
 * found: its entries stay in the audit log.
 */
interface Part {
  entity: string
  readers: readonly Role[]
  ids(id: number): SQL
}

const ALL_STAFF: readonly Role[] = ['admin', 'coordinator', 'reviewer', 'finance']

/** Every entity with a history, and the parts whose entries it includes. */
const HISTORIES: Record<string, readonly Part[]> = {
  applications: [
    {
      entity: 'attachments',
      readers: ALL_STAFF,
      ids: (id) => sql`SELECT id FROM ${attachments} WHERE ${attachments.applicationId} = ${id}`,
    },
    {
      // The live decision (a revoked one is replaced; its entries stay in the audit log).
      entity: 'decisions',
      readers: ALL_STAFF,
      ids: (id) => sql`SELECT id FROM ${decisions} WHERE ${decisions.applicationId} = ${id}
        AND ${decisions.revokedAt} IS NULL`,
    },
    {
      entity: 'reports',
      readers: ALL_STAFF,
      ids: (id) => sql`SELECT id FROM ${reports} WHERE ${reports.applicationId} = ${id}`,
    },
    {
      entity: 'payouts',
      readers: ['admin', 'coordinator', 'finance'],
      ids: (id) => sql`SELECT id FROM ${payouts} WHERE ${payouts.applicationId} = ${id}`,
    },
    {
      entity: 'bank-changes',
      readers: ['admin', 'finance'],
      ids: (id) => sql`SELECT id FROM ${bankChanges} WHERE ${bankChanges.applicationId} = ${id}`,
    },
  ],
  plans: [
    {
      entity: 'priorities',
      readers: ALL_STAFF,
      ids: (id) => sql`SELECT id FROM ${priorities} WHERE ${priorities.planId} = ${id}`,
    },
    {
      entity: 'criteria',
      readers: ALL_STAFF,
      ids: (id) => sql`SELECT id FROM ${criteria} WHERE ${criteria.planId} = ${id}`,
    },
  ],
  networks: [
    {
      entity: 'members',
      readers: ALL_STAFF,
      ids: (id) => sql`SELECT id FROM ${members} WHERE ${members.networkId} = ${id}`,
    },
  ],
  'payout-batches': [
    {
      entity: 'payouts',
      readers: ['admin', 'coordinator', 'finance'],
      ids: (id) => sql`SELECT id FROM ${payouts} WHERE ${payouts.batchId} = ${id}`,
    },
  ],
  users: [],
  members: [],
  priorities: [],
  criteria: [],
  attachments: [],
  decisions: [],
  reports: [],
  reviews: [],
  payouts: [],
  'bank-changes': [],
}

/** Whether records of this entity have a history to read (the audit log itself has none). */
export function hasHistory(entity: string): boolean {
  return Object.hasOwn(HISTORIES, entity)
}

/** Who reads a record's history: whoever reads the record, except reviewers (DESIGN §2). */
function mayReadHistory(role: Role, entity: string): boolean {
  if (role === 'reviewer') return false
  return role !== 'finance' || FINANCE_HISTORY.includes(entity)
}

/** How a history route appears in the API description. */
export function historyDoc(entity: string, readRoles: readonly Role[]) {
  return describeRoute({
    summary: `Read the history of one of ${entity}`,
    description:
      'Its audit entries and those of its parts, newest first. Personal data in the changes is masked as the caller may see it. A record outside the caller’s reach answers 404.',
    tags: [entity],
    list: { spec },
    roles: readRoles.filter((role) => mayReadHistory(role, entity)),
    returns: { type: 'array', items: recordOf('audit-log') },
  })
}

const spec: ListSpec = {
  id: auditLog.id,
  sort: { id: auditLog.id, at: auditLog.at },
  defaultSort: ['at', 'DESC'],
  filters: { action: equals(auditLog.action, z.string().max(40)) },
  search: [],
}

/**
 * The entries of one record and its parts, newest first, as a ra-data-simple-rest list. Roles that
 * read no history are refused (403) before `find` reads the record as this user (404 outside
 * their reach). Every condition is served by the (entity, entity_id, at) index.
 */
export async function readHistory(
  c: Context<AppEnv>,
  entity: string,
  find: () => Promise<Record<string, unknown>>,
) {
  const user = c.get('user')
  const db = c.get('db')
  if (!mayReadHistory(user.role, entity)) throw new ApiError(403, 'forbidden')
  const id = Number((await find()).id)
  const query = parseListQuery(c.req.query(), spec, c.get('locale'), user)
  const parts = HISTORIES[entity].filter(
    (part) => part.readers.includes(user.role) && mayReadHistory(user.role, part.entity),
  )
  const ofParts = parts.map((part) =>
    and(
      eq(auditLog.entity, part.entity),
      sql`${auditLog.entityId} IN (${part.ids(id)})`,
      ownNetworks(user, auditLog.networkId),
    ),
  )
  const where = and(
    or(and(eq(auditLog.entity, entity), eq(auditLog.entityId, id)), ...ofParts),
    query.where,
  )
  const [rows, [{ total }]] = await db.batch([
    db
      .select(entryFields)
      .from(auditLog)
      .where(where)
      .orderBy(...query.orderBy)
      .limit(query.limit)
      .offset(query.offset),
    db.select({ total: count() }).from(auditLog).where(where),
  ])
  c.header('Content-Range', contentRange('history', query.offset, rows.length, total))
  return c.json(rows.map((row) => presentEntry(row, user)))
}
