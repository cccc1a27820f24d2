import { inject } from 'vitest'
import { eligibleApplicationBody } from '../fixtures/eligible-application'

/** The demo data's password (scripts/demo-data.ts) and the accounts the journeys log in with. */
export const PASSWORD = 'buurtkracht-demo'
export const COORDINATOR = 'coordinator@example.org'
export const REVIEWER = 'reviewer@example.org'

/** Calls the worker's API as the browser would; fails the test on any refusal. */
export async function call(path: string, init: RequestInit = {}, cookie = '') {
  const headers = new Headers(init.headers)
  if (typeof init.body === 'string') headers.set('Content-Type', 'application/json')
  if (cookie) headers.set('Cookie', cookie)
  const response = await fetch(`${inject('baseUrl')}/api${path}`, { ...init, headers })
  const body = await response.json()
  if (!response.ok) throw new Error(`${path}: ${response.status} ${JSON.stringify(body)}`)
  return { body, cookie: response.headers.get('set-cookie')?.split(';')[0] ?? '' }
}

async function networksOf(email: string): Promise<number[]> {
  const login = await call('/auth/login', {
    method: 'POST',
    body: JSON.stringify({ email, password: PASSWORD }),
  })
  return (await call('/auth/me', {}, login.cookie)).body.networkIds
}

export const daysFromToday = (days: number) =>
  new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10)

export interface OpenPlan {
  id: number
  networkId: number
  postcodes: string[]
  priorities: { id: number }[]
}

/** An open demo plan of a network where every one of these users holds a seat. */
export async function planSeating(emails: string[]): Promise<OpenPlan> {
  const seated = await Promise.all(emails.map(networksOf))
  const { body: plans } = await call('/public/plans')
  const plan = plans.find((p: OpenPlan) => seated.every((ids) => ids.includes(p.networkId)))
  if (!plan) throw new Error(`no open demo plan in a network of ${emails.join(', ')}`)
  return plan
}

/** An eligible €500 application from a group of residents in the plan, with its own title. */
export function applicationFor(plan: OpenPlan, overrides: Record<string, unknown> = {}) {
  const body = eligibleApplicationBody({
    planId: plan.id,
    priorityId: plan.priorities[0].id,
    postcodeArea: plan.postcodes[0],
    startsOn: daysFromToday(70),
    endsOn: daysFromToday(160),
    title: `Buurtmoestuin e2e ${crypto.randomUUID().slice(0, 8)}`,
  })
  return { ...body, email: 'fatima.e2e@example.org', ...overrides }
}

/** Sends an application through the public API; answers what it returned (token, application). */
export async function apply(body: Record<string, unknown>) {
  const { body: created } = await call('/public/applications', {
    method: 'POST',
    body: JSON.stringify(body),
  })
  return created
}
