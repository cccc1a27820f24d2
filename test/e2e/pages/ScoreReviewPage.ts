import type { Page } from 'playwright-core'

/** The scoring page of one application: the application beside the reviewer's own review. */
export class ScoreReviewPage {
  private constructor(private readonly page: Page) {}

  static async current(page: Page) {
    await page.waitForURL(/#\/reviews\/score\/\d+$/)
    await page.getByRole('heading', { name: 'Mijn beoordeling', exact: true }).waitFor()
    return new ScoreReviewPage(page)
  }

  /** Everything on the page as text. */
  text() {
    return this.page.locator('main').innerText()
  }

  private criteria() {
    return this.page.getByTestId('criterion')
  }

  /** The titles of the criteria to score, in order. */
  criterionTitles() {
    return this.criteria().locator('h3').allInnerTexts()
  }

  /** Gives every criterion the same level (its label, "3 – goed") with a reason of its own. */
  async scoreEvery(level: string, reason: (title: string) => string) {
    await this.criteria().first().waitFor()
    for (const criterion of await this.criteria().all()) {
      const title = await criterion.locator('h3').innerText()
      await criterion.getByLabel(level, { exact: true }).check()
      await criterion.getByLabel('Toelichting').fill(reason(title))
    }
  }

  /** Submits the review; resolves once the page shows it read-only. */
  async submit() {
    await this.page.getByRole('button', { name: 'Indienen' }).click()
    await this.page.getByTestId('review-submitted').waitFor()
  }

  /** The line stating the submitted review and its total. */
  submitted() {
    return this.page.getByTestId('review-submitted').innerText()
  }

  /** Whether the others' reviews are on the page (only after submitting one's own). */
  othersShown() {
    return this.page.getByRole('heading', { name: 'Beoordelingen van anderen' }).isVisible()
  }

  reopenOffered() {
    return this.page.getByRole('button', { name: 'Heropenen' }).isVisible()
  }

  /** Declares a conflict of interest with a note, confirming it in the dialog. */
  async declareConflict(note: string) {
    await this.page.getByRole('button', { name: 'Ik heb een belang bij deze aanvraag' }).click()
    const dialog = this.page.getByRole('dialog')
    await dialog.getByLabel('Wat is uw belang?').fill(note)
    await dialog.getByRole('button', { name: 'Belang melden' }).click()
    await dialog.waitFor({ state: 'hidden' })
    await this.page.getByTestId('conflict-declared').waitFor()
  }

  /** The notice shown instead of the scores once a conflict is declared. */
  conflictDeclared() {
    return this.page.getByTestId('conflict-declared').innerText()
  }
}
