import type { Page } from 'playwright-core'

export class PlanListPage {
  private constructor(private readonly page: Page) {}

  static async open(page: Page, baseUrl: string) {
    await page.goto(`${baseUrl}/admin/#/plans`)
    await page.getByPlaceholder('Zoeken').waitFor()
    return new PlanListPage(page)
  }

  /** Searches the list and returns the text of the row with exactly this title. */
  async find(title: string) {
    await this.page.getByPlaceholder('Zoeken').fill(title)
    const row = this.page.locator('tbody tr', { hasText: title })
    await row.waitFor()
    return row.innerText()
  }
}
