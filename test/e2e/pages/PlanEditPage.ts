import type { Locator, Page } from 'playwright-core'
import { expect } from 'vitest'
import { WAIT_MS } from '../browser'

export interface NewCriterion {
  title: string
  description?: string
  weight: number
  knockout?: boolean
}

/** The plan edit page: the plan's fields, its status control and its inline rules. */
export class PlanEditPage {
  private constructor(private readonly page: Page) {}

  static async current(page: Page) {
    await page.getByTestId('plan-status').waitFor()
    return new PlanEditPage(page)
  }

  status() {
    return this.page.getByTestId('plan-status').innerText()
  }

  weightTotal() {
    return this.page.getByTestId('weight-total').first().innerText()
  }

  refusal() {
    return this.page.getByTestId('status-refusal').innerText()
  }

  async addPriority(title: string, description: string) {
    const row = this.page.getByTestId('priorities-new')
    await row.getByLabel('Titel').fill(title)
    await row.getByLabel('Omschrijving').fill(description)
    await this.addRow('priorities', row.getByRole('button', { name: 'Prioriteit toevoegen' }))
  }

  async addCriterion({ title, description = '', weight, knockout = false }: NewCriterion) {
    const row = this.page.getByTestId('criteria-new')
    await row.getByLabel('Titel').fill(title)
    await row.getByLabel('Omschrijving').fill(description)
    await row.getByLabel('Gewicht').fill(String(weight))
    await row.getByLabel('Knock-out').setChecked(knockout)
    await this.addRow('criteria', row.getByRole('button', { name: 'Criterium toevoegen' }))
  }

  /** Titles of the saved rows, in order. */
  async rowTitles(part: 'priorities' | 'criteria') {
    const rows = await this.page.getByTestId(`${part}-row`).all()
    return Promise.all(rows.map((row) => row.getByLabel('Titel').inputValue()))
  }

  async open() {
    await this.page.getByRole('button', { name: /Jaarplan openen|Opnieuw openen/ }).click()
  }

  private async addRow(part: 'priorities' | 'criteria', add: Locator) {
    const before = await this.page.getByTestId(`${part}-row`).count()
    await add.click()
    await expect
      .poll(() => this.page.getByTestId(`${part}-row`).count(), { timeout: WAIT_MS })
      .toBe(before + 1)
  }
}
