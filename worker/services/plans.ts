import { and, eq, gte, lte, sql } from 'drizzle-orm'
import type { DB } from '../db/client'
import { networks, plans } from '../db/schema'
import type { PlanFacts } from '../domain/eligibility'

export interface PublicPriority {
  id: number
  title: string
  description: string
}

export interface PublicCriterion extends PublicPriority {
  weight: number
  knockout: boolean
}

/** An open plan as anyone may see it: its budget, dates and published rules. */
export interface PublicPlan {
  id: number
  networkId: number
  networkName: string
  area: string
  postcodes: string[]
  year: number
  title: string
  budgetCents: number
  awardedCents: number
  budgetRemainingCents: number
  maxGrantCents: number
  minScore: number
  opensOn: string
  closesOn: string
  status: 'draft' | 'open' | 'closed'
  priorities: PublicPriority[]
  criteria: PublicCriterion[]
}

// One query per page: priorities and criteria come along as JSON arrays, in their plan order.
const publicFields = {
  id: plans.id,
  networkId: plans.networkId,
  networkName: networks.name,
  area: networks.area,
  postcodes: networks.postcodes,
  year: plans.year,
  title: plans.title,
  budgetCents: plans.budgetCents,
  awardedCents: plans.awardedCents,
  maxGrantCents: plans.maxGrantCents,
  minScore: plans.minScore,
  opensOn: plans.opensOn,
  closesOn: plans.closesOn,
  status: plans.status,
  priorities: sql<string>`(SELECT json_group_array(json_object('id', p.id, 'title', p.title,
    'description', p.description)) FROM (SELECT * FROM priorities p WHERE p.plan_id = ${plans.id}
    ORDER BY p.position, p.id) p)`,
  criteria: sql<string>`(SELECT json_group_array(json_object('id', c.id, 'title', c.title,
    'description', c.description, 'weight', c.weight, 'knockout', json(iif(c.knockout, 'true', 'false'))))
    FROM (SELECT * FROM criteria c WHERE c.plan_id = ${plans.id} ORDER BY c.position, c.id) c)`,
}

type PlanRow = Omit<PublicPlan, 'priorities' | 'criteria' | 'budgetRemainingCents'> & {
  priorities: string
  criteria: string
}

function toPublic(row: PlanRow): PublicPlan {
  return {
    ...row,
    budgetRemainingCents: row.budgetCents - row.awardedCents,
    priorities: JSON.parse(row.priorities),
    criteria: JSON.parse(row.criteria),
  }
}

/** Plans taking applications today: open, and today within their dates; closing soonest first. */
export async function openPlans(db: DB, today: string): Promise<PublicPlan[]> {
  const rows = await db
    .select(publicFields)
    .from(plans)
    .innerJoin(networks, eq(networks.id, plans.networkId))
    .where(and(eq(plans.status, 'open'), gte(plans.closesOn, today), lte(plans.opensOn, today)))
    .orderBy(plans.closesOn, networks.name)
  return rows.map(toPublic)
}

/** A published plan (open or closed) by id; drafts are not public. */
export async function publishedPlan(db: DB, planId: number): Promise<PublicPlan | undefined> {
  const [row] = await db
    .select(publicFields)
    .from(plans)
    .innerJoin(networks, eq(networks.id, plans.networkId))
    .where(and(eq(plans.id, planId), sql`${plans.status} <> 'draft'`))
  return row && toPublic(row)
}

/** What the eligibility rules need to know of a plan. */
export function planFacts(plan: PublicPlan): PlanFacts {
  return {
    status: plan.status,
    opensOn: plan.opensOn,
    closesOn: plan.closesOn,
    maxGrantCents: plan.maxGrantCents,
    priorityIds: plan.priorities.map((p) => p.id),
    postcodes: plan.postcodes,
  }
}
