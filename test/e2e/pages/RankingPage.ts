import type { Page } from 'playwright-core'
import { DecisionDialog } from './DecisionDialog'

/** Whole cents from an amount as the panel writes it in Dutch ("€ 4.450,00"). */
export function centsOf(text: string): number {
  return Number(text.replace(/[^\d]/g, ''))
}

/** A plan's ranking: its budget bar and its applications, each with the way to decide. */
export class RankingPage {
  private constructor(private readonly page: Page) {}

  /** Opens the ranking from the plan's page, as a coordinator does. */
  static async openFromPlan(page: Page, baseUrl: string, planId: number) {
    await page.goto(`${baseUrl}/admin/#/plans/${planId}/show`)
    await page.getByRole('link', { name: 'Rangorde en besluiten' }).click()
    await page.waitForURL(/#\/plans\/\d+\/ranking$/)
    await page.getByTestId('budget-bar').waitFor()
    return new RankingPage(page)
  }

  /** The amount awarded so far in the plan, in cents. */
  async awardedCents() {
    return centsOf(await this.page.getByTestId('budget-awardedCents').innerText())
  }

  async remainingCents() {
    return centsOf(await this.page.getByTestId('budget-budgetRemainingCents').innerText())
  }

  private row(reference: string) {
    return this.page.getByTestId('ranking').locator('tbody tr', { hasText: reference })
  }

  /** The application's row as text: rank, reference, title, score, amount, progress, due date. */
  async rowText(reference: string) {
    await this.row(reference).waitFor()
    return this.row(reference).innerText()
  }

  score(reference: string) {
    return this.row(reference).getByTestId('ranking-score').innerText()
  }

  progress(reference: string) {
    return this.row(reference).getByTestId('ranking-progress').innerText()
  }

  decision(reference: string) {
    return this.row(reference).getByTestId('ranking-decision').innerText()
  }

  /** Opens the decision dialog of the application's row. */
  async decide(reference: string) {
    await this.row(reference).getByRole('button', { name: 'Besluiten' }).click()
    return DecisionDialog.current(this.page)
  }
}
