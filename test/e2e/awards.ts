import {
  COORDINATOR,
  PASSWORD,
  REVIEWER,
  type OpenPlan,
  applicationFor,
  call,
  planSeating,
} from './demo-api'

/** A demo user's session cookie. */
export async function logIn(email: string): Promise<string> {
  const body = JSON.stringify({ email, password: PASSWORD })
  return (await call('/auth/login', { method: 'POST', body })).cookie
}

const post = (path: string, body: unknown, cookie: string) =>
  call(path, { method: 'POST', body: JSON.stringify(body) }, cookie)

/** The demo users who award: a reviewer of the network scores, its coordinator decides. */
export interface Panel {
  plan: OpenPlan
  coordinator: string
  reviewer: string
}

/** Sessions of the demo coordinator and reviewer, and an open plan of a network they share. */
export async function panel(): Promise<Panel> {
  return {
    plan: await planSeating([COORDINATOR, REVIEWER]),
    coordinator: await logIn(COORDINATOR),
    reviewer: await logIn(REVIEWER),
  }
}

export interface Award {
  applicationId: number
  /** The applicant's private link token. */
  token: string
  reference: string
}

/**
 * An application awarded the way a network does it, through the API: submitted by residents,
 * scored by a reviewer of the network, and decided by the coordinator with three residents
 * present. The award schedules its payouts; one advance below € 5,000.
 */
export async function awardedApplication(
  { plan, coordinator, reviewer }: Panel,
  requestedCents: number,
): Promise<Award> {
  const body = applicationFor(plan, {
    submit: true,
    requestedCents,
    supporters: 30,
    budgetLines: [
      { description: 'Materialen', category: 'materials', amountCents: requestedCents },
    ],
  })
  const { body: applied } = await post('/public/applications', body, '')
  const reference: string = applied.application.reference
  const query = new URLSearchParams({ filter: JSON.stringify({ q: reference }) })
  const applicationId: number = (await call(`/applications?${query}`, {}, coordinator)).body[0].id
  const { body: plans } = await call('/public/plans')
  const criteria: { id: number }[] = plans.find((p: OpenPlan) => p.id === plan.id).criteria
  const scores = criteria.map((c) => ({ criterionId: c.id, score: 3, reason: 'Goed onderbouwd.' }))
  await post('/reviews', { applicationId, status: 'submitted', scores }, reviewer)
  const seats: { memberId: number; kind: string; conflicted: boolean }[] = (
    await call(`/applications/${applicationId}/panel`, {}, coordinator)
  ).body
  const present = seats
    .filter((seat) => seat.kind === 'resident' && !seat.conflicted)
    .slice(0, 3)
    .map((seat) => seat.memberId)
  const decision = {
    applicationId,
    outcome: 'awarded',
    amountCents: requestedCents,
    motivation: 'Past goed bij het jaarplan.',
    presentMemberIds: present,
    votesFor: present.length,
    votesAgainst: 0,
    abstentions: 0,
  }
  await post('/decisions', decision, coordinator)
  return { applicationId, token: applied.token, reference }
}
