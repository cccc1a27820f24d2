import { env } from 'cloudflare:workers'
import { describe, expect, it } from 'vitest'
import { type Message, translate } from '../../worker/lib/messages'
import {
  type Seat,
  api,
  applyFor,
  auditOf,
  createOpenPlan,
  criteriaOf,
  loginAs,
  row,
  scoresFor,
  seatedUser,
  setApplicationStatus,
} from './helpers'

/** The Dutch text the API answers for a message (no Accept-Language means Dutch). */
const message = (key: Message['key'], params?: Message['params']) =>
  translate('nl', { key, params })

/**
 * A network with an open plan (criteria weighted 60 and 40), three reviewers and a coordinator
 * with seats in it, and one submitted application.
 */
async function setting() {
  const plan = await createOpenPlan()
  const criteria = await criteriaOf(plan.planId)
  const reviewers: Seat[] = []
  for (let i = 0; i < 3; i++) reviewers.push(await seatedUser(plan.networkId))
  const coordinator = await loginAs('coordinator', [plan.networkId])
  const application = await applyFor(plan, { submit: true })
  return { plan, criteria, reviewers, coordinator, application }
}

type Setting = Awaited<ReturnType<typeof setting>>

const post = (cookie: string, body: Record<string, unknown>) => api('/reviews', { cookie, body })

const put = (cookie: string, id: number, body: Record<string, unknown>) =>
  api(`/reviews/${id}`, { cookie, method: 'PUT', body })

const reopen = (cookie: string, id: number) =>
  api(`/reviews/${id}/reopen`, { cookie, method: 'POST' })

/** A reviewer submits a complete review of the setting's application in one go. */
async function submitReview(s: Setting, reviewer: Seat, values: number[]) {
  const res = await post(reviewer.cookie, {
    applicationId: s.application.id,
    scores: scoresFor(s.criteria, values),
    status: 'submitted',
  })
  expect(res.status, JSON.stringify(res.body)).toBe(201)
  return res.body
}

/** A reviewer declares a conflict of interest in the setting's application. */
async function declareConflict(s: Setting, reviewer: Seat) {
  const res = await post(reviewer.cookie, {
    applicationId: s.application.id,
    conflictOfInterest: true,
    conflictNote: 'De aanvrager is mijn buurvrouw.',
  })
  expect(res.status, JSON.stringify(res.body)).toBe(201)
  return res.body
}

/** The application's score as the given user sees it, on its page and in the list. */
async function scoreSeenBy(cookie: string, s: Setting) {
  const show = await api(`/applications/${s.application.id}`, { cookie })
  expect(show.status).toBe(200)
  const list = await api('/applications', {
    cookie,
    query: { filter: { planId: s.plan.planId } },
  })
  expect(list.status).toBe(200)
  const listed = list.body.find((a: { id: number }) => a.id === s.application.id)
  expect(listed).toBeDefined()
  expect(listed.score).toBe(show.body.score)
  return show.body.score as number | null
}

/** The ids of the setting application's reviews a user can list. */
async function listedReviews(cookie: string, s: Setting): Promise<number[]> {
  const res = await api('/reviews', {
    cookie,
    query: { filter: { applicationId: s.application.id }, sort: ['id', 'ASC'] },
  })
  expect(res.status).toBe(200)
  expect(res.headers.get('content-range')).toMatch(new RegExp(`/${res.body.length}$`))
  return res.body.map((r: { id: number }) => r.id)
}

async function reviewCount(applicationId: number) {
  return env.DB.prepare('SELECT count(*) AS n FROM reviews WHERE application_id = ?')
    .bind(applicationId)
    .first<number>('n')
}

describe('writing a review', () => {
  it('saves a partial draft, updates it and submits it with the exact weighted total', async () => {
    const s = await setting()
    const [reviewer] = s.reviewers
    const draft = await post(reviewer.cookie, {
      applicationId: s.application.id,
      scores: [{ criterionId: s.criteria[0], score: 2, reason: '' }],
    })
    expect(draft.status, JSON.stringify(draft.body)).toBe(201)
    expect(draft.body).toMatchObject({
      applicationId: s.application.id,
      networkId: s.plan.networkId,
      reviewerId: reviewer.user.id,
      reviewerName: reviewer.user.name,
      status: 'draft',
      conflictOfInterest: false,
      total: null,
      submittedAt: null,
      scores: [{ criterionId: s.criteria[0], score: 2, reason: '' }],
    })
    expect((await auditOf('reviews', draft.body.id)).map((e) => e.action)).toEqual(['save'])

    const updated = await put(reviewer.cookie, draft.body.id, {
      scores: [
        { criterionId: s.criteria[0], score: 3, reason: 'Veel buren doen mee' },
        { criterionId: s.criteria[1], score: 1, reason: '' },
      ],
    })
    expect(updated.status, JSON.stringify(updated.body)).toBe(200)
    expect(updated.body.status).toBe('draft')
    expect(updated.body.scores).toHaveLength(2)
    // A draft does not count, complete or not.
    expect(await scoreSeenBy(s.coordinator.cookie, s)).toBeNull()

    const submitted = await put(reviewer.cookie, draft.body.id, {
      scores: scoresFor(s.criteria, [3, 4]),
      status: 'submitted',
    })
    expect(submitted.status, JSON.stringify(submitted.body)).toBe(200)
    // 60 × 3 / 4 + 40 × 4 / 4 = 45 + 40
    expect(submitted.body).toMatchObject({ status: 'submitted', total: 85 })
    expect(submitted.body.submittedAt).toEqual(expect.any(String))
    expect(submitted.body.scores).toEqual(
      expect.arrayContaining(scoresFor(s.criteria, [3, 4]).map((x) => expect.objectContaining(x))),
    )
    expect(await scoreSeenBy(s.coordinator.cookie, s)).toBe(85)
    const stored = await row('applications', s.application.id)
    expect(stored).toMatchObject({ score: 85, review_count: 1 })
    expect((await auditOf('reviews', draft.body.id)).map((e) => e.action)).toEqual([
      'save',
      'save',
      'submit',
    ])
  })

  it('scores the application as the mean of submitted reviews without a conflict', async () => {
    const s = await setting()
    const first = await submitReview(s, s.reviewers[0], [3, 4])
    expect(first.total).toBe(85)
    // 60 × 2 / 4 + 40 × 3 / 4 = 30 + 30
    const second = await submitReview(s, s.reviewers[1], [2, 3])
    expect(second.total).toBe(60)
    expect(await scoreSeenBy(s.coordinator.cookie, s)).toBe(72.5)
    await declareConflict(s, s.reviewers[2])
    expect(await scoreSeenBy(s.coordinator.cookie, s)).toBe(72.5)
    expect(await row('applications', s.application.id)).toMatchObject({
      score: 72.5,
      review_count: 2,
    })
    // A draft of a fourth member changes nothing either.
    const fourth = await seatedUser(s.plan.networkId)
    const draft = await post(fourth.cookie, {
      applicationId: s.application.id,
      scores: scoresFor(s.criteria, [0, 0]),
    })
    expect(draft.status).toBe(201)
    expect(draft.body.total).toBe(0)
    expect(await scoreSeenBy(s.coordinator.cookie, s)).toBe(72.5)
  })

  it('gives every extreme its exact total', async () => {
    const s = await setting()
    expect((await submitReview(s, s.reviewers[0], [0, 0])).total).toBe(0)
    expect((await submitReview(s, s.reviewers[1], [4, 4])).total).toBe(100)
    // 60 × 1 / 4 + 40 × 2 / 4 = 15 + 20
    expect((await submitReview(s, s.reviewers[2], [1, 2])).total).toBe(35)
    expect(await scoreSeenBy(s.coordinator.cookie, s)).toBe(45)
  })

  it('refuses to submit with a criterion missing', async () => {
    const s = await setting()
    const res = await post(s.reviewers[0].cookie, {
      applicationId: s.application.id,
      scores: scoresFor(s.criteria.slice(0, 1), [3]),
      status: 'submitted',
    })
    expect(res.status).toBe(400)
    expect(res.body.errors).toEqual({ scores: message('scoresIncomplete') })
    expect(await reviewCount(s.application.id)).toBe(0)
  })

  it('refuses to submit a score without a reason, naming the score', async () => {
    const s = await setting()
    const scores = scoresFor(s.criteria, [3, 4])
    scores[1].reason = ''
    const res = await post(s.reviewers[0].cookie, {
      applicationId: s.application.id,
      scores,
      status: 'submitted',
    })
    expect(res.status).toBe(400)
    expect(res.body.errors).toEqual({ 'scores.1.reason': message('required') })
    expect(await reviewCount(s.application.id)).toBe(0)
  })

  it('refuses a criterion of another plan, in a draft as well', async () => {
    const s = await setting()
    const other = await createOpenPlan()
    const [foreign] = await criteriaOf(other.planId)
    for (const status of ['draft', 'submitted']) {
      const res = await post(s.reviewers[0].cookie, {
        applicationId: s.application.id,
        scores: [
          { criterionId: foreign, score: 3, reason: 'Ander plan' },
          { criterionId: s.criteria[1], score: 3, reason: 'Goed' },
        ],
        status,
      })
      expect(res.status).toBe(400)
      expect(res.body.errors).toEqual({ 'scores.0.criterionId': message('invalidValue') })
    }
    expect(await reviewCount(s.application.id)).toBe(0)
  })

  it('refuses the same criterion twice and a score outside 0–4', async () => {
    const s = await setting()
    const twice = await post(s.reviewers[0].cookie, {
      applicationId: s.application.id,
      scores: scoresFor([s.criteria[0], s.criteria[0]], [3, 3]),
      status: 'submitted',
    })
    expect(twice.status).toBe(400)
    expect(twice.body.errors).toHaveProperty(['scores.1.criterionId'])
    for (const score of [5, -1, 2.5]) {
      const res = await post(s.reviewers[0].cookie, {
        applicationId: s.application.id,
        scores: [{ criterionId: s.criteria[0], score, reason: 'x' }],
      })
      expect(res.status).toBe(400)
      expect(Object.keys(res.body.errors)).toEqual(['scores.0.score'])
    }
    expect(await reviewCount(s.application.id)).toBe(0)
  })

  it('takes one review per reviewer of an application', async () => {
    const s = await setting()
    const first = await post(s.reviewers[0].cookie, { applicationId: s.application.id })
    expect(first.status).toBe(201)
    const second = await post(s.reviewers[0].cookie, {
      applicationId: s.application.id,
      scores: scoresFor(s.criteria, [4, 4]),
      status: 'submitted',
    })
    expect(second.status).toBe(409)
    expect(second.body).toEqual({ message: expect.any(String) })
    expect(await reviewCount(s.application.id)).toBe(1)
    expect(await row('reviews', first.body.id)).toMatchObject({ status: 'draft', total: null })
  })

  it('refuses to change a submitted review', async () => {
    const s = await setting()
    const review = await submitReview(s, s.reviewers[0], [3, 4])
    const res = await put(s.reviewers[0].cookie, review.id, {
      scores: scoresFor(s.criteria, [0, 0]),
      status: 'submitted',
    })
    expect(res.status).toBe(409)
    expect(res.body).toEqual({ message: message('reviewSubmitted') })
    expect(await row('reviews', review.id)).toMatchObject({ total: 85, status: 'submitted' })
    expect(await scoreSeenBy(s.coordinator.cookie, s)).toBe(85)
  })

  it('reopens a submitted review to a draft, logs it and takes it out of the score', async () => {
    const s = await setting()
    const mine = await submitReview(s, s.reviewers[0], [3, 4])
    await submitReview(s, s.reviewers[1], [2, 3])
    expect(await scoreSeenBy(s.coordinator.cookie, s)).toBe(72.5)

    const res = await reopen(s.reviewers[0].cookie, mine.id)
    expect(res.status, JSON.stringify(res.body)).toBe(200)
    expect(res.body).toMatchObject({ id: mine.id, status: 'draft', submittedAt: null })
    expect(await scoreSeenBy(s.coordinator.cookie, s)).toBe(60)
    expect(await row('applications', s.application.id)).toMatchObject({ review_count: 1 })
    const log = await auditOf('reviews', mine.id)
    expect(log.map((e) => e.action)).toEqual(['submit', 'reopen'])
    expect(log[1]).toMatchObject({ actor_id: s.reviewers[0].user.id, network_id: s.plan.networkId })
    expect(JSON.parse(log[1].changes)).toMatchObject({ status: ['submitted', 'draft'] })

    // Reopened, it can be changed and submitted again.
    const again = await put(s.reviewers[0].cookie, mine.id, {
      scores: scoresFor(s.criteria, [4, 4]),
      status: 'submitted',
    })
    expect(again.status).toBe(200)
    expect(again.body.total).toBe(100)
    expect(await scoreSeenBy(s.coordinator.cookie, s)).toBe(80)
  })

  it('refuses to reopen a draft', async () => {
    const s = await setting()
    const draft = await post(s.reviewers[0].cookie, { applicationId: s.application.id })
    const res = await reopen(s.reviewers[0].cookie, draft.body.id)
    expect(res.status).toBe(409)
    expect(res.body).toEqual({ message: message('reviewNotSubmitted') })
  })
})

describe('what may be reviewed, and by whom', () => {
  it("lets only its own reviewer change or reopen a review (404 for another's)", async () => {
    const s = await setting()
    const draft = await post(s.reviewers[0].cookie, { applicationId: s.application.id })
    const submitted = await submitReview(s, s.reviewers[1], [3, 4])
    // reviewers[2] has submitted too, so they may read both, but change neither.
    await submitReview(s, s.reviewers[2], [2, 2])
    const intruder = s.reviewers[2].cookie
    const edit = await put(intruder, draft.body.id, { scores: scoresFor(s.criteria, [0, 0]) })
    expect(edit.status).toBe(404)
    expect(edit.body).toEqual({ message: message('notFound') })
    expect((await reopen(intruder, submitted.id)).status).toBe(404)
    expect(await row('reviews', draft.body.id)).toMatchObject({ status: 'draft', total: null })
    expect(await row('reviews', submitted.id)).toMatchObject({ status: 'submitted', total: 85 })
    // A coordinator of the network may read but never write a review.
    const coordinatorEdit = await put(s.coordinator.cookie, draft.body.id, { scores: [] })
    expect(coordinatorEdit.status).toBe(403)
    expect((await reopen(s.coordinator.cookie, submitted.id)).status).toBe(403)
  })

  it('answers 404 to a reviewer of another network, as for an application that is not there', async () => {
    const s = await setting()
    const elsewhere = await loginAs('reviewer', [(await createOpenPlan()).networkId])
    const res = await post(elsewhere.cookie, {
      applicationId: s.application.id,
      scores: scoresFor(s.criteria, [4, 4]),
      status: 'submitted',
    })
    expect(res.status).toBe(404)
    const missing = await post(elsewhere.cookie, { applicationId: 2_000_000_000 })
    expect(missing.status).toBe(404)
    expect(res.body).toEqual(missing.body)
    expect(await reviewCount(s.application.id)).toBe(0)
  })

  it('answers 404 for an application that is still a draft', async () => {
    const s = await setting()
    const draft = await applyFor(s.plan)
    const res = await post(s.reviewers[0].cookie, { applicationId: draft.id })
    expect(res.status).toBe(404)
    expect(await reviewCount(draft.id)).toBe(0)
  })

  it.each(['coordinator', 'finance', 'admin'] as const)(
    'refuses a review by %s (403)',
    async (role) => {
      const s = await setting()
      const user = await loginAs(role, [s.plan.networkId])
      const res = await post(user.cookie, {
        applicationId: s.application.id,
        scores: scoresFor(s.criteria, [4, 4]),
        status: 'submitted',
      })
      expect(res.status).toBe(403)
      expect(await reviewCount(s.application.id)).toBe(0)
    },
  )

  it.each(['awarded', 'rejected', 'withdrawn', 'reported', 'settled'])(
    'refuses to review an application that is %s (409)',
    async (status) => {
      const s = await setting()
      await setApplicationStatus(s.application.id, status)
      const res = await post(s.reviewers[0].cookie, {
        applicationId: s.application.id,
        scores: scoresFor(s.criteria, [4, 4]),
        status: 'submitted',
      })
      expect(res.status).toBe(409)
      expect(res.body).toEqual({ message: message('reviewClosed') })
      expect(await reviewCount(s.application.id)).toBe(0)
    },
  )

  it('takes reviews while the applicant is asked for more information', async () => {
    const s = await setting()
    await setApplicationStatus(s.application.id, 'info_requested')
    await submitReview(s, s.reviewers[0], [2, 2])
  })

  it('refuses to change or reopen a review once the application is decided', async () => {
    const s = await setting()
    const draft = await post(s.reviewers[0].cookie, { applicationId: s.application.id })
    const submitted = await submitReview(s, s.reviewers[1], [3, 4])
    await setApplicationStatus(s.application.id, 'awarded')
    const edit = await put(s.reviewers[0].cookie, draft.body.id, {
      scores: scoresFor(s.criteria, [4, 4]),
      status: 'submitted',
    })
    expect(edit.status).toBe(409)
    expect(edit.body).toEqual({ message: message('reviewClosed') })
    const reopened = await reopen(s.reviewers[1].cookie, submitted.id)
    expect(reopened.status).toBe(409)
    expect(reopened.body).toEqual({ message: message('reviewClosed') })
    expect(await row('reviews', submitted.id)).toMatchObject({ status: 'submitted' })
    expect(await row('reviews', draft.body.id)).toMatchObject({ status: 'draft' })
  })

  it('lets a reviewer of the network read, but not finance, and nobody elsewhere', async () => {
    const s = await setting()
    const review = await submitReview(s, s.reviewers[0], [3, 4])
    const draft = await post(s.reviewers[1].cookie, { applicationId: s.application.id })
    // The coordinator oversees every review of the network, drafts included.
    expect(await listedReviews(s.coordinator.cookie, s)).toEqual([review.id, draft.body.id])
    const admin = await loginAs('admin')
    expect(await listedReviews(admin.cookie, s)).toEqual([review.id, draft.body.id])
    const finance = await loginAs('finance', [s.plan.networkId])
    expect((await api('/reviews', { cookie: finance.cookie })).status).toBe(403)
    expect((await api(`/reviews/${review.id}`, { cookie: finance.cookie })).status).toBe(403)
    const otherCoordinator = await loginAs('coordinator', [(await createOpenPlan()).networkId])
    expect(await listedReviews(otherCoordinator.cookie, s)).toEqual([])
    const show = await api(`/reviews/${review.id}`, { cookie: otherCoordinator.cookie })
    expect(show.status).toBe(404)
  })
})

describe('independent scoring', () => {
  it("never shows another reviewer's draft, also not after submitting one's own", async () => {
    const s = await setting()
    const [first, second] = s.reviewers
    const draft = await post(second.cookie, {
      applicationId: s.application.id,
      scores: scoresFor(s.criteria, [1, 1]),
    })
    expect(draft.status).toBe(201)
    const mine = await submitReview(s, first, [3, 4])
    expect(await listedReviews(first.cookie, s)).toEqual([mine.id])
    expect((await api(`/reviews/${draft.body.id}`, { cookie: first.cookie })).status).toBe(404)
  })

  it("hides others' reviews and the score until a reviewer has submitted their own", async () => {
    const s = await setting()
    const [first, second] = s.reviewers
    const theirs = await submitReview(s, first, [3, 4])

    // Not started: nothing of the others, and no score.
    expect(await listedReviews(second.cookie, s)).toEqual([])
    const hidden = await api(`/reviews/${theirs.id}`, { cookie: second.cookie })
    expect(hidden.status).toBe(404)
    expect(hidden.body).toEqual({ message: message('notFound') })
    expect(await scoreSeenBy(second.cookie, s)).toBeNull()

    // A draft of their own still shows only that draft.
    const mine = await post(second.cookie, {
      applicationId: s.application.id,
      scores: scoresFor(s.criteria, [2, 3]),
    })
    expect(mine.status).toBe(201)
    expect(await listedReviews(second.cookie, s)).toEqual([mine.body.id])
    expect((await api(`/reviews/${theirs.id}`, { cookie: second.cookie })).status).toBe(404)
    expect(await scoreSeenBy(second.cookie, s)).toBeNull()
    const own = await api('/reviews', {
      cookie: second.cookie,
      query: { filter: { reviewerId: 'me' } },
    })
    expect(own.body.map((r: { id: number }) => r.id)).toEqual([mine.body.id])

    // Submitted: the others' reviews and the score appear.
    const done = await put(second.cookie, mine.body.id, {
      scores: scoresFor(s.criteria, [2, 3]),
      status: 'submitted',
    })
    expect(done.status).toBe(200)
    expect(await listedReviews(second.cookie, s)).toEqual([theirs.id, mine.body.id])
    const shown = await api(`/reviews/${theirs.id}`, { cookie: second.cookie })
    expect(shown.status).toBe(200)
    expect(shown.body).toMatchObject({ total: 85, scores: expect.any(Array) })
    expect(await scoreSeenBy(second.cookie, s)).toBe(72.5)

    // The first reviewer sees the second's review and the new score as well.
    expect(await listedReviews(first.cookie, s)).toEqual([theirs.id, mine.body.id])
    expect(await scoreSeenBy(first.cookie, s)).toBe(72.5)

    // Reopening hides them again until it is submitted anew.
    expect((await reopen(second.cookie, mine.body.id)).status).toBe(200)
    expect(await listedReviews(second.cookie, s)).toEqual([mine.body.id])
    expect(await scoreSeenBy(second.cookie, s)).toBeNull()
  })

  it("never shows a reviewer the score or others' reviews of another application", async () => {
    const s = await setting()
    const other = await applyFor(s.plan, { submit: true })
    await submitReview(s, s.reviewers[0], [3, 4])
    // Submitting on one application opens only that one.
    const elsewhere = await post(s.reviewers[1].cookie, {
      applicationId: other.id,
      scores: scoresFor(s.criteria, [1, 1]),
      status: 'submitted',
    })
    expect(elsewhere.status).toBe(201)
    expect(await listedReviews(s.reviewers[1].cookie, s)).toEqual([])
    expect(await scoreSeenBy(s.reviewers[1].cookie, s)).toBeNull()
  })
})

describe('a conflict of interest', () => {
  it('is stored as submitted without scores and logged', async () => {
    const s = await setting()
    const declared = await declareConflict(s, s.reviewers[0])
    expect(declared).toMatchObject({
      status: 'submitted',
      conflictOfInterest: true,
      conflictNote: 'De aanvrager is mijn buurvrouw.',
      total: null,
      scores: [],
    })
    expect(declared.submittedAt).toEqual(expect.any(String))
    const [entry] = await auditOf('reviews', declared.id)
    expect(entry).toMatchObject({
      action: 'declare-conflict',
      actor_id: s.reviewers[0].user.id,
      network_id: s.plan.networkId,
    })
    expect(JSON.parse(entry.changes)).toMatchObject({
      applicationId: s.application.id,
      conflictOfInterest: true,
      conflictNote: 'De aanvrager is mijn buurvrouw.',
    })
  })

  it('needs a note', async () => {
    const s = await setting()
    const res = await post(s.reviewers[0].cookie, {
      applicationId: s.application.id,
      conflictOfInterest: true,
    })
    expect(res.status).toBe(400)
    expect(res.body.errors).toEqual({ conflictNote: message('required') })
    expect(await reviewCount(s.application.id)).toBe(0)
  })

  it('drops any scores sent with the declaration', async () => {
    const s = await setting()
    const res = await post(s.reviewers[0].cookie, {
      applicationId: s.application.id,
      conflictOfInterest: true,
      conflictNote: 'Mijn zoon doet mee.',
      scores: scoresFor(s.criteria, [4, 4]),
      status: 'submitted',
    })
    expect(res.status).toBe(201)
    expect(res.body).toMatchObject({ total: null, scores: [] })
    expect(await scoreSeenBy(s.coordinator.cookie, s)).toBeNull()
  })

  it("never shows the declarer the score or others' reviews, and keeps them out of it", async () => {
    const s = await setting()
    const [conflicted, first, second] = s.reviewers
    const declared = await declareConflict(s, conflicted)
    const a = await submitReview(s, first, [3, 4])
    const b = await submitReview(s, second, [2, 3])

    expect(await listedReviews(conflicted.cookie, s)).toEqual([declared.id])
    for (const id of [a.id, b.id]) {
      expect((await api(`/reviews/${id}`, { cookie: conflicted.cookie })).status).toBe(404)
    }
    expect(await scoreSeenBy(conflicted.cookie, s)).toBeNull()
    const show = await api(`/applications/${s.application.id}`, { cookie: conflicted.cookie })
    expect(show.body.myConflict).toBe(true)
    // The others see the declaration (it is no secret who stepped aside) and the score of two.
    expect(await listedReviews(first.cookie, s)).toEqual([declared.id, a.id, b.id])
    expect(await scoreSeenBy(first.cookie, s)).toBe(72.5)
    expect(await row('applications', s.application.id)).toMatchObject({ review_count: 2 })
  })

  it('cannot be turned into scores by changing the declaration', async () => {
    const s = await setting()
    const declared = await declareConflict(s, s.reviewers[0])
    const res = await put(s.reviewers[0].cookie, declared.id, {
      scores: scoresFor(s.criteria, [4, 4]),
      status: 'submitted',
    })
    expect(res.status).toBe(409)
    expect(res.body).toEqual({ message: message('reviewSubmitted') })
    expect(await row('reviews', declared.id)).toMatchObject({
      conflict_of_interest: 1,
      total: null,
    })
    expect(await scoreSeenBy(s.coordinator.cookie, s)).toBeNull()
  })

  it('stays a conflict while reopened: still no score, no reviews of others', async () => {
    const s = await setting()
    const [conflicted, other] = s.reviewers
    const declared = await declareConflict(s, conflicted)
    await submitReview(s, other, [3, 4])
    const reopened = await reopen(conflicted.cookie, declared.id)
    expect(reopened.status).toBe(200)
    expect(reopened.body).toMatchObject({ status: 'draft', conflictOfInterest: true })
    expect((await auditOf('reviews', declared.id)).map((e) => e.action)).toEqual([
      'declare-conflict',
      'reopen',
    ])
    expect(await listedReviews(conflicted.cookie, s)).toEqual([declared.id])
    expect(await scoreSeenBy(conflicted.cookie, s)).toBeNull()
    const panel = await api(`/applications/${s.application.id}/panel`, {
      cookie: s.coordinator.cookie,
    })
    const seat = panel.body.find((m: { userId: number }) => m.userId === conflicted.user.id)
    expect(seat.conflicted).toBe(true)
    expect(await scoreSeenBy(s.coordinator.cookie, s)).toBe(85)
  })

  it('once declared, is not withdrawn by a reopened review that sends scores', async () => {
    // Awb 2:4 and DOMAIN: a member who declared a conflict neither scores nor sees the scores.
    const s = await setting()
    const [conflicted, other] = s.reviewers
    const declared = await declareConflict(s, conflicted)
    await submitReview(s, other, [3, 4])
    expect((await reopen(conflicted.cookie, declared.id)).status).toBe(200)
    for (const status of ['draft', 'submitted']) {
      const res = await put(conflicted.cookie, declared.id, {
        scores: scoresFor(s.criteria, [0, 0]),
        status,
      })
      expect(res.status).toBe(409)
      expect(res.body).toEqual({ message: message('conflictDeclared') })
    }
    const withdrawn = await put(conflicted.cookie, declared.id, { conflictOfInterest: false })
    expect(withdrawn.status).toBe(409)
    expect(await row('reviews', declared.id)).toMatchObject({
      conflict_of_interest: 1,
      status: 'draft',
      total: null,
    })
    expect(await scoreSeenBy(s.coordinator.cookie, s)).toBe(85)
    expect(await scoreSeenBy(conflicted.cookie, s)).toBeNull()
    expect(await listedReviews(conflicted.cookie, s)).toEqual([declared.id])
    // What a reopened declaration may do: say it again, with a better note.
    const again = await put(conflicted.cookie, declared.id, {
      conflictOfInterest: true,
      conflictNote: 'De aanvrager is mijn buurvrouw en vriendin.',
    })
    expect(again.status, JSON.stringify(again.body)).toBe(200)
    expect(again.body).toMatchObject({
      status: 'submitted',
      conflictOfInterest: true,
      conflictNote: 'De aanvrager is mijn buurvrouw en vriendin.',
      total: null,
      scores: [],
    })
    expect((await auditOf('reviews', declared.id)).map((e) => e.action)).toEqual([
      'declare-conflict',
      'reopen',
      'declare-conflict',
    ])
    expect(await listedReviews(conflicted.cookie, s)).toEqual([declared.id])
    expect(await scoreSeenBy(conflicted.cookie, s)).toBeNull()
  })
})

describe('the review queue', () => {
  it('lists submitted applications without my submitted review, not those I finished', async () => {
    const s = await setting()
    const me = s.reviewers[0]
    const untouched = s.application
    const drafted = await applyFor(s.plan, { submit: true })
    const reviewed = await applyFor(s.plan, { submit: true })
    const conflicted = await applyFor(s.plan, { submit: true })
    const reviewedByOthers = await applyFor(s.plan, { submit: true })
    const decided = await applyFor(s.plan, { submit: true })
    const waiting = await applyFor(s.plan, { submit: true })
    await applyFor(s.plan) // a draft the panel never sees
    expect((await post(me.cookie, { applicationId: drafted.id })).status).toBe(201)
    const done = await post(me.cookie, {
      applicationId: reviewed.id,
      scores: scoresFor(s.criteria, [2, 2]),
      status: 'submitted',
    })
    expect(done.status).toBe(201)
    const conflict = await post(me.cookie, {
      applicationId: conflicted.id,
      conflictOfInterest: true,
      conflictNote: 'Familie',
    })
    expect(conflict.status).toBe(201)
    const byOther = await post(s.reviewers[1].cookie, {
      applicationId: reviewedByOthers.id,
      scores: scoresFor(s.criteria, [2, 2]),
      status: 'submitted',
    })
    expect(byOther.status).toBe(201)
    await setApplicationStatus(decided.id, 'rejected')
    await setApplicationStatus(waiting.id, 'info_requested')

    const queue = await api('/applications', {
      cookie: me.cookie,
      query: { filter: { reviewQueue: true, planId: s.plan.planId }, sort: ['id', 'ASC'] },
    })
    expect(queue.status).toBe(200)
    expect(queue.body.map((a: { id: number }) => a.id)).toEqual([
      untouched.id,
      drafted.id,
      reviewedByOthers.id,
    ])
    expect(queue.headers.get('content-range')).toMatch(/\/3$/)

    // Another member's queue is their own.
    const theirs = await api('/applications', {
      cookie: s.reviewers[1].cookie,
      query: { filter: { reviewQueue: true, planId: s.plan.planId } },
    })
    const ids = theirs.body.map((a: { id: number }) => a.id)
    expect(ids).toContain(reviewed.id)
    expect(ids).not.toContain(reviewedByOthers.id)

    // Reopening puts an application back in the queue.
    expect((await reopen(me.cookie, done.body.id)).status).toBe(200)
    const after = await api('/applications', {
      cookie: me.cookie,
      query: { filter: { reviewQueue: true, planId: s.plan.planId } },
    })
    expect(after.body.map((a: { id: number }) => a.id)).toContain(reviewed.id)
  })

  it('refuses a queue filter that is not true or false', async () => {
    const s = await setting()
    const res = await api('/applications', {
      cookie: s.reviewers[0].cookie,
      query: { filter: { reviewQueue: 'ja' } },
    })
    expect(res.status).toBe(400)
    expect(res.body.errors).toHaveProperty('reviewQueue')
  })
})
