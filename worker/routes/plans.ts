import { and, eq, sql } from 'drizzle-orm'
import * as z from 'zod'
import { PLAN_STATUSES, networks, plans } from '../db/schema'
import { type PlanStatus, planTransitionRefusal } from '../domain/plan-status'
import { ownNetworks, reachesNetwork, requireRole } from '../lib/access'
import { today } from '../lib/clock'
import { ApiError, fieldError } from '../lib/errors'
import { equals, idEquals } from '../lib/list-query'
import { formatCents } from '../lib/money'
import { describeRoute } from '../lib/openapi'
import { type ResourceContext, resource } from '../lib/resource'
import { cents, isoDate, optional, text } from '../lib/validation'
import { ranking as rankingShape } from '../openapi/shapes'
import { planRanking } from '../services/ranking'

const fields = {
  networkId: z.number().int().positive(),
  year: z.number().int().min(2000).max(2100),
  title: text(200),
  budgetCents: cents,
  maxGrantCents: optional(cents),
  opensOn: isoDate,
  closesOn: isoDate,
  minScore: optional(z.number().int().min(0).max(100)),
}

function assertDatesInOrder(opensOn: unknown, closesOn: unknown) {
  if (String(opensOn) > String(closesOn)) throw fieldError('closesOn', 'datesOrder')
}

/**
 * The network of a plan the user may change priorities and criteria of: 404 outside their
 * networks, 409 once the plan is published (its rules are then fixed for every applicant).
 */
export async function draftPlanNetwork(ctx: ResourceContext, planId: number): Promise<number> {
  const [plan] = await ctx.db
    .select({ networkId: plans.networkId, status: plans.status })
    .from(plans)
    .where(and(eq(plans.id, planId), ownNetworks(ctx.user, plans.networkId)))
  if (!plan) throw new ApiError(404, 'notFound')
  if (plan.status !== 'draft') throw new ApiError(409, 'planNotDraft')
  return plan.networkId
}

export default resource({
  name: 'plans',
  table: plans,
  fields: {
    id: plans.id,
    networkId: plans.networkId,
    year: plans.year,
    title: plans.title,
    budgetCents: plans.budgetCents,
    maxGrantCents: plans.maxGrantCents,
    opensOn: plans.opensOn,
    closesOn: plans.closesOn,
    minScore: plans.minScore,
    status: plans.status,
    awardedCents: plans.awardedCents,
    // Qualified names: drizzle renders a single-table select's columns bare, which would bind to
    // the subquery's own table.
    weightTotal: sql<number>`(SELECT coalesce(sum(c.weight), 0) FROM criteria c WHERE c.plan_id = plans.id)`,
    priorityCount: sql<number>`(SELECT count(*) FROM priorities p WHERE p.plan_id = plans.id)`,
    createdAt: plans.createdAt,
    updatedAt: plans.updatedAt,
  },
  present: (row) => ({
    ...row,
    budgetRemainingCents: Number(row.budgetCents) - Number(row.awardedCents),
  }),
  list: {
    sort: {
      id: plans.id,
      year: plans.year,
      networkId: plans.networkId,
      status: plans.status,
    },
    defaultSort: ['year', 'DESC'],
    filters: {
      networkId: idEquals(plans.networkId),
      year: equals(plans.year, z.coerce.number().int()),
      status: equals(plans.status, z.enum(PLAN_STATUSES)),
    },
    search: [plans.title],
  },
  readRoles: ['admin', 'coordinator', 'reviewer', 'finance'],
  scope: (user) => ownNetworks(user, plans.networkId),
  routes: (app, read) => {
    // Scores of all applications at once: for those who decide, never for reviewers.
    const rankingDoc = describeRoute({
      summary: 'Rank a plan’s applications by score, with review progress',
      returns: rankingShape,
    })
    app.get('/:id/ranking', rankingDoc, requireRole('admin', 'coordinator'), async (c) => {
      const { id } = await read(c, c.req.param('id'))
      const ranking = await planRanking(c.get('db'), Number(id), today())
      if (!ranking) throw new ApiError(404, 'notFound')
      return c.json(ranking)
    })
  },
  write: {
    roles: ['admin', 'coordinator'],
    networkIdOf: (record) => Number(record.networkId),
    create: z.object(fields),
    // A plan never moves to another network; its status moves only by the rules of plan-status.
    update: z
      .object({ ...fields, status: z.enum(PLAN_STATUSES) })
      .omit({ networkId: true })
      .partial(),
    prepareCreate: async (ctx, values) => {
      if (!reachesNetwork(ctx.user, values.networkId)) throw new ApiError(404, 'notFound')
      const [network] = await ctx.db
        .select({ id: networks.id })
        .from(networks)
        .where(eq(networks.id, values.networkId))
      if (!network) throw fieldError('networkId', 'notFound')
      assertDatesInOrder(values.opensOn, values.closesOn)
      return values
    },
    prepareUpdate: async (ctx, values, existing) => {
      assertDatesInOrder(values.opensOn ?? existing.opensOn, values.closesOn ?? existing.closesOn)
      const awarded = Number(existing.awardedCents)
      if (values.budgetCents !== undefined && values.budgetCents < awarded) {
        throw fieldError('budgetCents', 'budgetBelowAwarded', {
          awarded: formatCents(awarded, ctx.locale),
        })
      }
      if (values.status) {
        const refusal = planTransitionRefusal(existing.status as PlanStatus, values.status, {
          weightTotal: Number(existing.weightTotal),
          priorityCount: Number(existing.priorityCount),
        })
        if (refusal) throw new ApiError(409, refusal.key, refusal.params)
      }
      return values
    },
    checkDelete: async (_ctx, existing) => {
      if (existing.status !== 'draft') throw new ApiError(409, 'planDeleteNotDraft')
    },
  },
})
