import type { Page } from 'playwright-core'
import { PlanEditPage } from './PlanEditPage'

export interface NewPlan {
  year: number
  title: string
  budgetEuros: string
  opensOn: string
  closesOn: string
}

export class PlanCreatePage {
  private constructor(private readonly page: Page) {}

  static async open(page: Page, baseUrl: string) {
    await page.goto(`${baseUrl}/admin/#/plans/create`)
    await page.getByLabel('Titel').waitFor()
    return new PlanCreatePage(page)
  }

  /** Fills the form, in the first network the user may plan for (the list is scoped by the API). */
  async fill(plan: NewPlan) {
    await this.page.getByLabel('Netwerk').click()
    await this.page.getByRole('option').first().click()
    await this.page.getByLabel('Jaar').fill(String(plan.year))
    await this.page.getByLabel('Titel').fill(plan.title)
    await this.page.getByLabel('Subsidieplafond').fill(plan.budgetEuros)
    await this.page.getByLabel('Open vanaf').fill(plan.opensOn)
    await this.page.getByLabel('Open tot en met').fill(plan.closesOn)
  }

  /** Saves; the panel then goes to the plan's edit page, where its rules are added. */
  async save() {
    await this.page.getByRole('button', { name: 'Opslaan' }).click()
    await this.page.waitForURL(/#\/plans\/\d+$/)
    return PlanEditPage.current(this.page)
  }
}
