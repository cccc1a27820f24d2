import type { Page } from 'playwright-core'

/** An application's page: its sections, what the reader may see, and the request for more. */
export class ApplicationShowPage {
  private constructor(private readonly page: Page) {}

  static async current(page: Page) {
    await page.waitForURL(/#\/applications\/\d+\/show$/)
    const shown = new ApplicationShowPage(page)
    // The status chip needs the record: once it shows, so do the fields the reader may see.
    await shown.statusChip().waitFor()
    return shown
  }

  /** The status in the overview (the list's chips may still be on screen while it opens). */
  private statusChip() {
    return this.page
      .locator('section', { has: this.page.getByRole('heading', { name: 'Overzicht' }) })
      .getByTestId('application-status')
  }

  static async open(page: Page, baseUrl: string, id: number) {
    await page.goto(`${baseUrl}/admin/#/applications/${id}/show`)
    return ApplicationShowPage.current(page)
  }

  status() {
    return this.statusChip().innerText()
  }

  /** The titles of the page's sections, in order. */
  sections() {
    return this.page.locator('main section h2').allInnerTexts()
  }

  /** Everything on the page as text, to check what a reader may and may not see. */
  text() {
    return this.page.locator('main').innerText()
  }

  contactShown() {
    return this.page.getByTestId('application-contact').isVisible()
  }

  bankShown() {
    return this.page.getByTestId('application-bank').isVisible()
  }

  warningsShown() {
    return this.page.getByTestId('application-warnings').isVisible()
  }

  /** How many budget lines are marked as usually not funded. */
  flaggedLines() {
    return this.page.getByTestId('budget-line-flagged').count()
  }

  /** Where the file's link points. */
  attachmentLink(filename: string) {
    return this.page.getByRole('link', { name: filename }).getAttribute('href')
  }

  requestInfoOffered() {
    return this.page.getByRole('button', { name: 'Aanvulling vragen' }).isVisible()
  }

  /** Asks the applicant for more; resolves once the page shows the request. */
  async requestInfo(message: string, days: number) {
    await this.page.getByRole('button', { name: 'Aanvulling vragen' }).click()
    const dialog = this.page.getByRole('dialog')
    await dialog.getByLabel('Wat moet de aanvrager aanvullen?').fill(message)
    await dialog.getByLabel('Termijn in dagen').fill(String(days))
    await dialog.getByRole('button', { name: 'Vraag versturen' }).click()
    await dialog.waitFor({ state: 'hidden' })
    await this.page.getByTestId('info-request').waitFor()
  }

  infoRequest() {
    return this.page.getByTestId('info-request').innerText()
  }

  /** The history's rows as text, newest first, once it has loaded. */
  async history() {
    const section = this.page.locator('section', {
      has: this.page.getByRole('heading', { name: 'Geschiedenis' }),
    })
    await section.locator('tbody tr').first().waitFor()
    return section.locator('tbody tr').allInnerTexts()
  }

  /** The IBAN as the page shows it: masked, or whole after "Toon IBAN". */
  iban() {
    return this.page.getByTestId('iban').innerText()
  }

  async showIban() {
    await this.page.getByRole('button', { name: 'Toon IBAN' }).click()
    await this.page.getByRole('button', { name: 'Verberg IBAN' }).waitFor()
  }
}
