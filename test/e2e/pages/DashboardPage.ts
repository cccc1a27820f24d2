import type { Page } from 'playwright-core'
import { centsOf } from './RankingPage'

/** The coordinator's home page: the chosen plan's budget, its charts and the due decisions. */
export class DashboardPage {
  private constructor(private readonly page: Page) {}

  /** The page as it shows right after logging in, once its figures and charts are drawn. */
  static async current(page: Page) {
    await page.getByTestId('budget-figures').waitFor()
    await page.getByTestId('priority-chart').locator('svg.recharts-surface').first().waitFor()
    await page.getByTestId('pipeline-chart').locator('svg.recharts-surface').first().waitFor()
    await page.getByTestId('review-progress').waitFor()
    await page.getByTestId('decisions-due').getByTestId('due-overdue').waitFor()
    return new DashboardPage(page)
  }

  /** The id of the plan whose figures are shown. */
  async planId() {
    return Number(await this.page.getByLabel('Jaarplan', { exact: true }).inputValue())
  }

  /** A big number of the budget (remaining, awarded, paid) in cents. */
  async figureCents(figure: 'remaining' | 'awarded' | 'paid') {
    return centsOf(await this.page.getByTestId(`figure-${figure}`).innerText())
  }

  /** How many bars a chart draws. */
  bars(chart: 'priority-chart' | 'pipeline-chart') {
    return this.page.getByTestId(chart).locator('.recharts-bar-rectangle').count()
  }

  /** The rows of a chart's text alternative, found by its caption, as text per cell. */
  async chartTable(caption: string) {
    const table = this.page.getByRole('table', { name: caption })
    return table
      .locator('tbody tr')
      .evaluateAll((rows) =>
        rows.map((row) =>
          Array.from(row.children).map((cell) => (cell as HTMLElement).textContent),
        ),
      )
  }

  /** The counts of overdue decisions and those due within 14 days. */
  async dueCounts() {
    const count = async (id: string) =>
      Number(
        (await this.page.getByTestId(id).locator('span').first().innerText()).replace(/\D/g, ''),
      )
    return { overdue: await count('due-overdue'), dueSoon: await count('due-soon') }
  }
}
