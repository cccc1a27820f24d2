import { Hono } from 'hono'
import { z } from 'zod'
import { requireRole } from '../lib/access'
import type { AppEnv } from '../lib/context'
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

/** The steering widgets by path; each takes the same scope. */
const steeringWidgets = {
  budget: budgetPerPlan,
  priorities: awardedPerPriority,
  pipeline,
  'review-progress': reviewProgressPerPlan,
  'decisions-due': decisionsDue,
} as const

for (const [path, widget] of Object.entries(steeringWidgets)) {
  dashboard.get(`/${path}`, steering, valid('query', planScope), async (c) => {
    const scope = c.req.valid('query')
    const db = c.get('db')
    await assertReach(db, c.get('user'), scope)
    return c.json(await widget(db, c.get('user'), scope))
  })
}

dashboard.get('/payouts-due', paying, valid('query', payoutScope), async (c) => {
  const scope = c.req.valid('query')
  await assertReach(c.get('db'), c.get('user'), scope)
  return c.json(await payoutsDue(c.get('db'), scope))
})

dashboard.get('/held-payouts', paying, valid('query', payoutScope), async (c) => {
  const scope = c.req.valid('query')
  await assertReach(c.get('db'), c.get('user'), scope)
  return c.json(await heldPayouts(c.get('db'), scope))
})

dashboard.get('/batches', paying, async (c) => c.json(await unpaidBatches(c.get('db'))))

export default dashboard
