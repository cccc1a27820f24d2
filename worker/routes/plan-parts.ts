import type { SQLiteColumn } from 'drizzle-orm/sqlite-core'
import { ownNetworks } from '../lib/access'
import type { WriteConfig } from '../lib/resource'
import { draftPlanNetwork } from './plans'
import type { z } from 'zod'

/**
 * What priorities and criteria share: they belong to a plan, can be changed by admins and the
 * plan's coordinators only while the plan is a draft, and keep the plan's network for scoping.
 */
export function planPart<
  Create extends z.ZodObject<{ planId: z.ZodNumber }>,
  Update extends z.ZodType,
>(networkColumn: SQLiteColumn, create: Create, update: Update) {
  const write: WriteConfig<Create, Update> = {
    roles: ['admin', 'coordinator'],
    networkIdOf: (record) => Number(record.networkId),
    create,
    update,
    prepareCreate: async (ctx, values) => ({
      ...values,
      networkId: await draftPlanNetwork(ctx, values.planId),
    }),
    prepareUpdate: async (ctx, values, existing) => {
      await draftPlanNetwork(ctx, Number(existing.planId))
      return values as Record<string, unknown>
    },
    checkDelete: async (ctx, existing) => {
      await draftPlanNetwork(ctx, Number(existing.planId))
    },
  }
  return {
    readRoles: ['admin', 'coordinator', 'reviewer', 'finance'] as const,
    scope: (user: Parameters<typeof ownNetworks>[0]) => ownNetworks(user, networkColumn),
    write,
  }
}
