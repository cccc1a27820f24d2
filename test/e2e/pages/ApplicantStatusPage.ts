import type { Page } from 'playwright-core'
import type { KeyboardUser } from './KeyboardUser'
import { PrivateLinkPage } from './PrivateLinkPage'

/** The private status page that the link opens. */
export class ApplicantStatusPage {
  private constructor(private readonly page: Page) {}

  static async open(page: Page, url: string) {
    await page.goto(url)
    await page.locator('main dl.facts').first().waitFor()
    return new ApplicantStatusPage(page)
  }

  /** The status in words, as the facts list shows it. */
  status() {
    return this.page.locator('main dl.facts dd strong').first().innerText()
  }

  /** What the page says still blocks submission. */
  missing() {
    return this.page.locator('main h2:has-text("Dit moet nog") + ul li').allInnerTexts()
  }

  /** Tabs to "Aanvraag indienen", presses Enter and lands on the receipt. */
  async submitByKeyboard(keyboard: KeyboardUser) {
    await keyboard.focusNamed('button', 'Aanvraag indienen')
    await keyboard.pressAndLoad('Enter')
    return PrivateLinkPage.current(this.page)
  }
}
