import { eq } from 'drizzle-orm'
import * as z from 'zod'
import { networks } from '../db/schema'
import { mayDecide, residentShare } from '../domain/resident-share'
import { ownNetworks } from '../lib/access'
import { equals } from '../lib/list-query'
import { assertFree, resource } from '../lib/resource'
import { text } from '../lib/validation'

const postcodeArea = z.string().regex(/^[1-9][0-9]{3}$/, 'invalidPostcode')

const input = z.object({
  name: text(120),
  area: text(500),
  postcodes: z.array(postcodeArea).max(200),
})

export default resource({
  name: 'networks',
  table: networks,
  fields: {
    id: networks.id,
    name: networks.name,
    area: networks.area,
    postcodes: networks.postcodes,
    memberCount: networks.memberCount,
    residentCount: networks.residentCount,
    createdAt: networks.createdAt,
    updatedAt: networks.updatedAt,
  },
  present: (row) => {
    const residents = Number(row.residentCount)
    const members = Number(row.memberCount)
    return {
      ...row,
      residentShare: residentShare(residents, members),
      mayDecide: mayDecide(residents, members),
    }
  },
  list: {
    sort: { id: networks.id, name: networks.name },
    defaultSort: ['name', 'ASC'],
    filters: { name: equals(networks.name, z.string()) },
    search: [networks.name, networks.area],
  },
  readRoles: ['admin', 'coordinator', 'reviewer', 'finance'],
  scope: (user) => ownNetworks(user, networks.id),
  write: {
    roles: ['admin'],
    // A network's history is its own from its creation on, when its id is not known yet.
    networkIdOf: (record) => (typeof record.id === 'number' ? record.id : 'inserted'),
    create: input,
    update: input.partial(),
    prepareCreate: async (ctx, values) => {
      await assertFree(
        ctx,
        networks,
        eq(networks.name, values.name),
        undefined,
        'name',
        'nameTaken',
      )
      return { ...values, postcodes: [...new Set(values.postcodes)] }
    },
    prepareUpdate: async (ctx, values, existing) => {
      if (values.name) {
        const taken = eq(networks.name, values.name)
        await assertFree(ctx, networks, taken, Number(existing.id), 'name', 'nameTaken')
      }
      return values.postcodes ? { ...values, postcodes: [...new Set(values.postcodes)] } : values
    },
  },
})
