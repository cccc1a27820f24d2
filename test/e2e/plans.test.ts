import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, expect, inject, it } from 'vitest'
import { WAIT_MS, launchBrowser, newPage } from './browser'
import { LoginPage } from './pages/LoginPage'
import { PlanCreatePage } from './pages/PlanCreatePage'
import { PlanListPage } from './pages/PlanListPage'

const baseUrl = inject('baseUrl')
let browser: Browser
let page: Page

beforeAll(async () => {
  browser = await launchBrowser()
  page = await newPage(browser)
})

afterAll(async () => {
  await browser?.close()
})

it('lets a coordinator draft a plan with its rules inline, open it and find it listed', async () => {
  const title = `Jaarplan e2e ${Date.now()}`
  await new LoginPage(page, baseUrl).logIn('coordinator@example.org', 'buurtkracht-demo')

  const form = await PlanCreatePage.open(page, baseUrl)
  await form.fill({
    year: 2031,
    title,
    budgetEuros: '12500.50',
    opensOn: '2031-01-01',
    closesOn: '2031-12-31',
  })
  const plan = await form.save()
  expect(await plan.status()).toBe('Concept')

  await plan.addPriority('Ontmoeting', 'Buren leren elkaar kennen')
  await plan.addPriority('Jongeren', 'Activiteiten voor en door jongeren')
  expect(await plan.rowTitles('priorities')).toEqual(['Ontmoeting', 'Jongeren'])

  await plan.addCriterion({ title: 'Draagvlak in de buurt', weight: 60, knockout: true })
  await expect.poll(() => plan.weightTotal(), { timeout: WAIT_MS }).toContain('60 van 100')

  // Opening with weights short of 100 is refused, and the API's reason is shown.
  await plan.open()
  await expect.poll(() => plan.refusal(), { timeout: WAIT_MS }).toContain('tellen op tot 60')
  expect(await plan.status()).toBe('Concept')

  await plan.addCriterion({ title: 'Haalbaar en realistisch', weight: 40 })
  await expect.poll(() => plan.weightTotal(), { timeout: WAIT_MS }).toContain('100 van 100')
  expect(await plan.rowTitles('criteria')).toEqual([
    'Draagvlak in de buurt',
    'Haalbaar en realistisch',
  ])

  await plan.open()
  await expect.poll(() => plan.status(), { timeout: WAIT_MS }).toBe('Open')

  const list = await PlanListPage.open(page, baseUrl)
  const row = await list.find(title)
  expect(row).toContain('Open')
  expect(row).toMatch(/€\s?12\.500,50/)
})
