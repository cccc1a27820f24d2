import type { Page } from 'playwright-core'
import { expect, inject, it } from 'vitest'
import { accessibilityViolations } from './axe'
import { WAIT_MS, browserOfFile, newPage } from './browser'
import { COORDINATOR, PASSWORD, REVIEWER, applicationFor, apply, planSeating } from './demo-api'
import { LoginPage } from './pages/LoginPage'
import { MyReviewsPage } from './pages/MyReviewsPage'
import { RankingPage } from './pages/RankingPage'

const baseUrl = inject('baseUrl')
/** Another panel member of the reviewer's network (scripts/demo-data.ts seats them both). */
const SECOND_REVIEWER = 'anouk@example.org'
const SECOND_REVIEWER_NAME = 'Anouk Bakker'
/** Residents of that network who may be present (the coordinator and the reviewer among them). */
const PRESENT = ['Carla Visser', 'Rik Jansen', 'Bram Mulder']
const browser = browserOfFile()

interface Submitted {
  /** The applicant's private link token. */
  token: string
  planId: number
  reference: string
  requestedCents: number
}

/**
 * A fresh application, submitted through the public API in an open plan of a network where the
 * coordinator and both reviewers hold a seat, so the test does not depend on the demo's state.
 */
async function submittedApplication(): Promise<Submitted> {
  const plan = await planSeating([COORDINATOR, REVIEWER, SECOND_REVIEWER])
  const requestedCents = 50_000
  const body = await apply(applicationFor(plan, { submit: true, requestedCents }))
  expect(body.application.reference).toMatch(/^BK-\d{4}-\d+$/)
  return {
    planId: plan.id,
    reference: body.application.reference,
    requestedCents,
    token: body.token,
  }
}

async function logIn(email: string): Promise<Page> {
  const page = await newPage(browser())
  await new LoginPage(page, baseUrl).logIn(email, PASSWORD)
  return page
}

it('lets the panel score and declare a conflict, and the network decide within its ceiling', async () => {
  const { planId, reference, requestedCents, token } = await submittedApplication()

  // A reviewer finds it in their queue, scores every criterion with a reason and submits.
  const reviewer = await logIn(REVIEWER)
  const queue = await MyReviewsPage.open(reviewer)
  expect(await queue.queuedRow(reference)).toContain('Nog niet begonnen')
  const scoring = await queue.review(reference)
  expect(await scoring.criterionTitles()).toContain('Draagvlak in de buurt')
  expect(await scoring.othersShown()).toBe(false)
  await scoring.scoreEvery('3 – goed', (title) => `Goed onderbouwd: ${title}.`)
  await scoring.submit()
  expect(await scoring.submitted()).toContain('Uw totaal: 75 van 100')
  await expect.poll(() => scoring.othersShown(), { timeout: WAIT_MS }).toBe(true)
  expect(await scoring.reopenOffered()).toBe(true)
  await reviewer.close()

  // A second member of the same network is involved, and says so instead of scoring.
  const involved = await logIn(SECOND_REVIEWER)
  const conflicted = await (await MyReviewsPage.open(involved)).review(reference)
  await conflicted.declareConflict('Ik ben de buurvrouw van de aanvrager.')
  expect(await conflicted.conflictDeclared()).toContain('Ik ben de buurvrouw van de aanvrager.')
  expect(await conflicted.othersShown()).toBe(false)
  await involved.close()

  // The coordinator decides from the ranking.
  const coordinator = await logIn(COORDINATOR)
  const ranking = await RankingPage.openFromPlan(coordinator, baseUrl, planId)
  expect(await ranking.score(reference)).toBe('75')
  expect(await ranking.progress(reference)).toMatch(/^1 van \d+ beoordeeld, 1 belang gemeld$/)
  const awardedBefore = await ranking.awardedCents()
  const awardCents = requestedCents - 5_000
  expect(awardCents).toBeLessThanOrEqual(await ranking.remainingCents())

  const dialog = await ranking.decide(reference)
  expect(await dialog.memberDisabled(SECOND_REVIEWER_NAME)).toBe(true)
  expect(await dialog.memberLabel(SECOND_REVIEWER_NAME)).toContain('belang gemeld')
  expect(await dialog.amountHelp()).toMatch(/Gevraagd: €\s?500,00/)
  await dialog.award(String(awardCents / 100), 'De zaden betaalt de buurtvereniging.')
  await dialog.motivate('Een goed plan met veel steun uit de straat.')
  await dialog.tickPresent(PRESENT)
  // The votes do not yet add up to the members present: the live check says so.
  expect(await dialog.quorate()).toBe(false)
  expect(await dialog.quorumText()).toContain('nu 0 stemmen, 3 aanwezig')
  await dialog.vote({ for: 3, against: 0, abstaining: 0 })
  expect(await dialog.quorate()).toBe(true)
  expect(await dialog.save()).toMatch(/€\s?450,00 toegekend/)

  // The budget bar and the row follow the decision.
  await expect
    .poll(() => ranking.awardedCents(), { timeout: WAIT_MS })
    .toBe(awardedBefore + awardCents)
  expect(await ranking.decision(reference)).toMatch(/Toegekend: €\s?450,00/)

  expect(await dialog.letterLink()).toMatch(/^\/api\/decisions\/\d+\/letter\?lang=nl$/)
  const letter = await dialog.openLetter()
  const text = await letter.locator('body').innerText()
  expect(text).toContain(reference)
  expect(text).toMatch(/€\s?450,00/)

  // The applicant reads the same letter through their private link; it passes axe.
  const applicant = await browser().newContext({ bypassCSP: true })
  const own = await applicant.newPage()
  await own.goto(`${baseUrl}/aanvraag/${token}/besluit`)
  expect(await own.locator('body').innerText()).toMatch(/€\s?450,00/)
  expect(await accessibilityViolations(own)).toEqual([])
  await applicant.close()
})
