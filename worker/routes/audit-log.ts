import { eq } from 'drizzle-orm'
import * as z from 'zod'
import { auditLog } from '../db/schema'
import { ownNetworks } from '../lib/access'
import { PAYMENT_ENTITIES, entryFields, presentEntry } from '../lib/history'
import { belongsTo, dateBound, equals, idEquals, inList } from '../lib/list-query'
import { networkParts, resource } from '../lib/resource'

/**
 * Read-only: entries are written only by the audit writer, in the batch of the change. Personal
 * data in their changes is masked for each reader as in every record's history.
 */
export default resource({
  name: 'audit-log',
  table: auditLog,
  fields: entryFields,
  present: (row, { user }) => presentEntry(row, user),
  list: {
    sort: { id: auditLog.id, at: auditLog.at },
    defaultSort: ['at', 'DESC'],
    filters: {
      entity: equals(auditLog.entity, z.string().max(40)),
      entityId: belongsTo(auditLog, auditLog.entityId),
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
      ? inList(auditLog.entity, PAYMENT_ENTITIES)
      : ownNetworks(user, auditLog.networkId),
  // Finance's entries are read one payment entity at a time, each from its own index.
  parts: (user) =>
    user.role === 'finance'
      ? PAYMENT_ENTITIES.map((entity) => eq(auditLog.entity, entity))
      : networkParts(auditLog.networkId)(user),
  totals: 'bounded',
})
