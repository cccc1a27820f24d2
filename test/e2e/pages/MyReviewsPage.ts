import type { Page } from 'playwright-core'
import { ScoreReviewPage } from './ScoreReviewPage'

/** "Mijn beoordelingen": what waits for the reviewer, and their own reviews. */
export class MyReviewsPage {
  private constructor(private readonly page: Page) {}

  /** Opens the page the way a reviewer does: through the menu. */
  static async open(page: Page) {
    await page.getByRole('menuitem', { name: 'Mijn beoordelingen' }).click()
    await page.getByRole('heading', { name: 'Wachten op mijn beoordeling' }).waitFor()
    return new MyReviewsPage(page)
  }

  private queued(reference: string) {
    return this.page.getByTestId('review-queue').locator('tbody tr', { hasText: reference })
  }

  /** The queue's row of this application, as text (reference, title, network, due date). */
  async queuedRow(reference: string) {
    await this.queued(reference).waitFor()
    return this.queued(reference).innerText()
  }

  /** Opens the scoring page of a queued application. */
  async review(reference: string) {
    await this.queued(reference).getByText(reference, { exact: true }).click()
    return ScoreReviewPage.current(this.page)
  }
}
