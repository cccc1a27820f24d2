import { Hono } from 'hono'
import * as z from 'zod'
import { requireRole } from '../lib/access'
import type { AppEnv } from '../lib/context'
import { describeRoute } from '../lib/openapi'
import { optional, valid } from '../lib/validation'
import {
  assertReach,
  awardedPerPriority,
  budgetPerPlan,
  decisionsDue,
  heldPayouts,
  payoutsDue,
  pipeline,
  reviewProgressPerPlan,
  unpaidBatches,
} from '../services/dashboard'

const id = z.coerce.number().int().positive()

/** The plans a coordinator's widget covers: their own networks, narrowed by any of these. */
const planScope = z.object({
  networkId: optional(id),
  planId: optional(id),
  year: optional(z.coerce.number().int().min(2000).max(2100)),
})

/** The payouts a finance widget covers: all, or one network's or plan's. */
const payoutScope = planScope.omit({ year: true })

/** Widgets about plans and their applications: for those who steer a network (DESIGN §2). */
const steering = requireRole('admin', 'coordinator')
/** Widgets about paying: finance's work, which the admin may follow. */
const paying = requireRole('admin', 'finance')

/** One endpoint per dashboard widget, each figure counted and summed in SQL. */
const dashboard = new Hono<AppEnv>()

const perPlan = { type: 'array', items: { type: 'object' } }

/** The steering widgets by path, with what they show; each takes the same scope. */
const steeringWidgets = {
  budget: [budgetPerPlan, 'Per plan: ceiling, awarded, paid, settled and remaining', perPlan],
  priorities: [awardedPerPriority, 'Per priority of a plan: applications and awards', perPlan],
  pipeline: [pipeline, 'Per plan: submitted applications per status', perPlan],
  'review-progress': [
    reviewProgressPerPlan,
    'Per plan: reviews owed, submitted and drafted',
    perPlan,
  ],
  'decisions-due': [decisionsDue, 'Decisions overdue and due within 14 days', { type: 'object' }],
} as const

for (const [path, [widget, summary, returns]] of Object.entries(steeringWidgets)) {
  const doc = describeRoute({ summary, query: planScope, returns })
  dashboard.get(`/${path}`, doc, steering, valid('query', planScope), async (c) => {
    const scope = c.req.valid('query')
    const db = c.get('db')
    await assertReach(db, c.get('user'), scope)
    return c.json(await widget(db, c.get('user'), scope))
  })
}

const payoutsDueDoc = describeRoute({
  summary: 'Scheduled payouts late, due this week and next week: counts and totals',
  query: payoutScope,
  returns: { type: 'object' },
})

dashboard.get('/payouts-due', payoutsDueDoc, paying, valid('query', payoutScope), async (c) => {
  const scope = c.req.valid('query')
  await assertReach(c.get('db'), c.get('user'), scope)
  return c.json(await payoutsDue(c.get('db'), scope))
})

const heldDoc = describeRoute({
  summary: 'Due payouts held back: no account, or a bank change waiting',
  query: payoutScope,
  returns: { type: 'object' },
})

dashboard.get('/held-payouts', heldDoc, paying, valid('query', payoutScope), async (c) => {
  const scope = c.req.valid('query')
  await assertReach(c.get('db'), c.get('user'), scope)
  return c.json(await heldPayouts(c.get('db'), scope))
})

const batchesDoc = describeRoute({
  summary: 'Batches not yet paid: open and exported',
  returns: { type: 'object' },
})

dashboard.get('/batches', batchesDoc, paying, async (c) => c.json(await unpaidBatches(c.get('db'))))

export default dashboard
