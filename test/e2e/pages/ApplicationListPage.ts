import type { Page } from 'playwright-core'
import { ApplicationShowPage } from './ApplicationShowPage'

/** The applications list: search, the status filter, and rows that open an application. */
export class ApplicationListPage {
  private constructor(private readonly page: Page) {}

  static async open(page: Page, baseUrl: string) {
    await page.goto(`${baseUrl}/admin/#/applications`)
    await page.getByPlaceholder('Zoeken').waitFor()
    return new ApplicationListPage(page)
  }

  /** Chooses a status in the filter (by its Dutch label) and waits until the list shows only it. */
  async filterByStatus(label: string) {
    await this.page.getByRole('combobox', { name: 'Status' }).click()
    await this.page.getByRole('option', { name: label, exact: true }).click()
    await this.page.waitForURL((url) => decodeURIComponent(url.hash).includes('"status"'))
    await this.page.locator('tbody tr').first().waitFor()
  }

  /**
   * Searches and waits until the search is applied: the input is debounced, and a row clicked
   * before then would be left again when the list applies the search.
   */
  async search(text: string) {
    await this.page.getByPlaceholder('Zoeken').fill(text)
    await this.page.waitForURL((url) => decodeURIComponent(url.hash).includes(`"q":"${text}"`))
    await this.page.locator('tbody tr', { hasText: text }).first().waitFor()
  }

  /** The status chips of the rows shown, in order. */
  statuses() {
    return this.page.locator('tbody').getByTestId('application-status').allInnerTexts()
  }

  /**
   * Opens the row that shows this text (a reference or a title), clicking the text itself: the
   * middle of a row may be its network's or plan's link.
   */
  async openRow(text: string) {
    const row = this.page.locator('tbody tr', { hasText: text }).first()
    await row.getByText(text, { exact: true }).click()
    return ApplicationShowPage.current(this.page)
  }
}
