import type { Page } from 'playwright-core'
import { ApplyFormPage } from './ApplyFormPage'
import type { KeyboardUser } from './KeyboardUser'

export interface OpenPlanCard {
  title: string
  /** The network's postcode areas, as the card states them. */
  postcodes: string[]
}

/** The public landing page: how it works and the open plans, each with a link to its form. */
export class ApplyLandingPage {
  private constructor(private readonly page: Page) {}

  /** The landing page in Dutch, or in English with `prefix` `/en`. */
  static async open(page: Page, baseUrl: string, prefix = '') {
    await page.goto(`${baseUrl}${prefix || '/'}`)
    await page.locator('h1').waitFor()
    return new ApplyLandingPage(page)
  }

  /** The open plans as the page lists them. */
  async plans(): Promise<OpenPlanCard[]> {
    const cards = this.page.locator('main section.card')
    const plans: OpenPlanCard[] = []
    for (const card of await cards.all()) {
      const text = await card.innerText()
      const postcodes = /postcodes? ([\d, ]+)\)/.exec(text)?.[1].split(/,\s*/) ?? []
      plans.push({ title: await card.locator('h3').innerText(), postcodes })
    }
    return plans
  }

  /** Tabs to the plan's "Aanvraag doen voor …" link and follows it with Enter. */
  async applyByKeyboard(keyboard: KeyboardUser, planTitle: string) {
    await keyboard.focusNamed('a', `Aanvraag doen voor ${planTitle}`)
    await keyboard.pressAndLoad('Enter')
    return ApplyFormPage.current(this.page)
  }
}
