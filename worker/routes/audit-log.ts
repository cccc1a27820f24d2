import { sql } from 'drizzle-orm'
import { z } from 'zod'
import { auditLog } from '../db/schema'
import { ownNetworks } from '../lib/access'
import { dateBound, equals, idEquals, inList } from '../lib/list-query'
import { resource } from '../lib/resource'

/** Entities finance staff may see the history of. */
const FINANCE_ENTITIES = ['payouts', 'payout-batches']

/** Read-only: entries are written only by the audit writer, in the batch of the change. */
export default resource({
  name: 'audit-log',
  table: auditLog,
  fields: {
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
  },
  list: {
    sort: { id: auditLog.id, at: auditLog.at },
    defaultSort: ['at', 'DESC'],
    filters: {
      entity: equals(auditLog.entity, z.string().max(40)),
      entityId: idEquals(auditLog.entityId),
      actorId: idEquals(auditLog.actorId),
      networkId: idEquals(auditLog.networkId),
      action: equals(auditLog.action, z.string().max(40)),
      at_gte: dateBound(auditLog.at, 'gte'),
      at_lte: dateBound(auditLog.at, 'lte'),
    },
    search: [auditLog.action, auditLog.entity],
  },
  readRoles: ['admin', 'coordinator', 'finance'],
  scope: (user) =>
    user.role === 'finance'
      ? inList(auditLog.entity, FINANCE_ENTITIES)
      : ownNetworks(user, auditLog.networkId),
})
