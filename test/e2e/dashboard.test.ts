import { expect, inject, it } from 'vitest'
import { accessibilityViolations } from './axe'
import { browserOfFile, newPage } from './browser'
import { COORDINATOR, PASSWORD, call } from './demo-api'
import { DashboardPage } from './pages/DashboardPage'
import { LoginPage } from './pages/LoginPage'

const baseUrl = inject('baseUrl')
const browser = browserOfFile()

/** The coordinator's figures as the API gives them, to hold the page against. */
async function coordinatorApi() {
  const { cookie } = await call('/auth/login', {
    method: 'POST',
    body: JSON.stringify({ email: COORDINATOR, password: PASSWORD }),
  })
  return (path: string) => call(path, {}, cookie).then(({ body }) => body)
}

it('shows a coordinator in one look what is left, where it went and what is due', async () => {
  const page = await newPage(browser())
  await new LoginPage(page, baseUrl).logIn(COORDINATOR, PASSWORD)
  const dashboard = await DashboardPage.current(page)
  const get = await coordinatorApi()

  const planId = await dashboard.planId()
  const budget = (await get('/dashboard/budget')).find(
    (p: { planId: number }) => p.planId === planId,
  )
  expect(budget).toBeDefined()
  expect(await dashboard.figureCents('remaining')).toBe(budget.remainingCents)
  expect(await dashboard.figureCents('awarded')).toBe(budget.awardedCents)
  expect(await dashboard.figureCents('paid')).toBe(budget.paidCents)

  const priorities = await get(`/dashboard/priorities?planId=${planId}`)
  expect(priorities.length).toBeGreaterThan(0)
  // One bar per priority with money awarded (a bar of zero is not drawn), seven statuses.
  const funded = priorities.filter((p: { awardedCents: number }) => p.awardedCents > 0)
  expect(await dashboard.bars('priority-chart')).toBe(funded.length)
  expect(await dashboard.bars('pipeline-chart')).toBeGreaterThan(0)
  const table = await dashboard.chartTable('Toegekend per prioriteit')
  expect(table.map(([title, applications]) => [title, Number(applications)])).toEqual(
    priorities.map((p: { title: string; applicationCount: number }) => [
      p.title,
      p.applicationCount,
    ]),
  )

  const due = await get('/dashboard/decisions-due')
  expect(await dashboard.dueCounts()).toEqual({ overdue: due.overdue, dueSoon: due.dueSoon })

  expect(await accessibilityViolations(page)).toEqual([])
})
