import type { Page } from 'playwright-core'
import type { KeyboardUser } from './KeyboardUser'

/** The page shown once after saving a draft or submitting: the private link, and the receipt. */
export class PrivateLinkPage {
  private constructor(private readonly page: Page) {}

  static async current(page: Page) {
    await page.locator('#private-link').waitFor()
    return new PrivateLinkPage(page)
  }

  heading() {
    return this.page.locator('h1').innerText()
  }

  /** The reference number on a receipt, e.g. BK-2026-0042. */
  reference() {
    return this.page.locator('.panel .reference').innerText()
  }

  /** The receipt's facts (received on, decision date) as text. */
  facts() {
    return this.page.locator('main dl.facts').innerText()
  }

  /** The private link as the page shows it. */
  shownLink() {
    return this.page.locator('#private-link').inputValue()
  }

  /**
   * Tabs to the link's text field, selects it and copies it (Ctrl+A, Ctrl+C); returns what the
   * clipboard then holds, or null where the browser does not let the test read the clipboard.
   */
  async copyLinkByKeyboard(keyboard: KeyboardUser): Promise<string | null> {
    await keyboard.focus('private-link')
    await keyboard.press('ControlOrMeta+A')
    await keyboard.press('ControlOrMeta+C')
    return this.page.evaluate(() => navigator.clipboard.readText()).catch(() => null)
  }
}
