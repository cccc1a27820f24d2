import { eq, sql } from 'drizzle-orm'
import * as z from 'zod'
import type { DB } from '../db/client'
import { MEMBER_KINDS, members, networks } from '../db/schema'
import { ownNetworks } from '../lib/access'
import { ApiError, fieldError } from '../lib/errors'
import { idEquals } from '../lib/list-query'
import { resource } from '../lib/resource'

/** Recounts a network's seats in the same batch as the write that changed them. */
function recount(db: DB, networkId: number) {
  return db
    .update(networks)
    .set({
      memberCount: sql`(SELECT count(*) FROM members WHERE network_id = ${networkId})`,
      residentCount: sql`(SELECT count(*) FROM members WHERE network_id = ${networkId} AND kind = 'resident')`,
    })
    .where(eq(networks.id, networkId))
}

const id = z.number().int().positive()

export default resource({
  name: 'members',
  table: members,
  fields: {
    id: members.id,
    networkId: members.networkId,
    userId: members.userId,
    kind: members.kind,
    createdAt: members.createdAt,
    updatedAt: members.updatedAt,
  },
  list: {
    sort: { id: members.id, networkId: members.networkId },
    defaultSort: ['id', 'ASC'],
    filters: {
      networkId: idEquals(members.networkId),
      userId: idEquals(members.userId),
    },
    // A seat is found by its holder's name or e-mail.
    search: [sql`(SELECT u.name || ' ' || u.email FROM users u WHERE u.id = members.user_id)`],
  },
  readRoles: ['admin', 'coordinator', 'reviewer', 'finance'],
  scope: (user) => ownNetworks(user, members.networkId),
  write: {
    roles: ['admin'],
    networkIdOf: (record) => Number(record.networkId),
    create: z.object({ networkId: id, userId: id, kind: z.enum(MEMBER_KINDS) }),
    // A seat never moves to another network or user; delete it and create another.
    update: z.object({ kind: z.enum(MEMBER_KINDS) }).partial(),
    prepareCreate: async ({ db }, values) => {
      const found = await db.get<{ network: number; user: number; seat: number }>(sql`
        SELECT
          EXISTS (SELECT 1 FROM networks WHERE id = ${values.networkId}) AS network,
          EXISTS (SELECT 1 FROM users WHERE id = ${values.userId}) AS user,
          EXISTS (SELECT 1 FROM members
            WHERE network_id = ${values.networkId} AND user_id = ${values.userId}) AS seat`)
      if (!found?.network) throw fieldError('networkId', 'notFound')
      if (!found.user) throw fieldError('userId', 'notFound')
      if (found.seat) throw new ApiError(409, 'seatTaken')
      return values
    },
    prepareUpdate: async (_ctx, values) => values,
    alongside: (db, record) => [recount(db, Number(record.networkId))],
  },
})
