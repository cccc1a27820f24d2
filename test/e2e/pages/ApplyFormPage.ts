import type { Page } from 'playwright-core'
import type { KeyboardUser } from './KeyboardUser'

/** One answer on the application form, given as a keyboard user gives it. */
export type Answer =
  | { kind: 'text'; id: string; value: string }
  /** `id` is the group's name (and its first radio's id). */
  | { kind: 'radio'; id: string; value: string }
  | { kind: 'check'; id: string }
  /** Chosen by typing the start of the option's label on the closed list. */
  | { kind: 'select'; id: string; typed: string; value: string }

export interface SummaryLink {
  text: string
  href: string
}

/** The public application form (new or edit), with its error summary. */
export class ApplyFormPage {
  private constructor(private readonly page: Page) {}

  static async current(page: Page) {
    await page.locator('main form[novalidate]').first().waitFor()
    return new ApplyFormPage(page)
  }

  static async open(page: Page, baseUrl: string, path: string) {
    await page.goto(`${baseUrl}${path}`)
    return ApplyFormPage.current(page)
  }

  heading() {
    return this.page.locator('h1').innerText()
  }

  /** Tabs to a submit button ("Opslaan als concept", "Aanvraag indienen") and presses Enter. */
  async pressByKeyboard(keyboard: KeyboardUser, button: string) {
    await keyboard.focusNamed('button', button)
    await keyboard.pressAndLoad('Enter')
  }

  /** The error summary's links, in order; empty when there is no summary. */
  async errorSummary(): Promise<SummaryLink[]> {
    const links = this.page.locator('#error-summary a')
    return Promise.all(
      (await links.all()).map(async (link) => ({
        text: await link.innerText(),
        href: (await link.getAttribute('href')) ?? '',
      })),
    )
  }

  /** The error shown at a field, or '' when it has none. */
  async fieldError(id: string): Promise<string> {
    const error = this.page.locator(`[id="${id}-error"]`)
    return (await error.count()) > 0 ? error.innerText() : ''
  }

  /** Tabs to the summary's link to a field and follows it; returns the id that then has focus. */
  async followErrorByKeyboard(keyboard: KeyboardUser, fieldId: string) {
    await keyboard.focusSelector(`#error-summary a[href="#${fieldId}"]`)
    await keyboard.press('Enter')
    return keyboard.focused()
  }

  /** Gives every answer with the keyboard only, moving between fields with Tab and Shift+Tab. */
  async answerByKeyboard(keyboard: KeyboardUser, answers: Answer[]) {
    for (const answer of answers) {
      if (answer.kind === 'radio') {
        await keyboard.chooseRadio(answer.id, answer.value)
        continue
      }
      await keyboard.focus(answer.id)
      if (answer.kind === 'check') await keyboard.press('Space')
      else if (answer.kind === 'select') await keyboard.type(answer.typed)
      else {
        // Select what is there (kept from an earlier try) so typing replaces it.
        await keyboard.press('ControlOrMeta+A')
        await keyboard.type(answer.value)
      }
    }
  }

  /** What the form now holds for an answer, to check that the keyboard gave it. */
  value(answer: Answer): Promise<string | boolean> {
    const field = this.page.locator(`[id="${answer.id}"]`)
    if (answer.kind === 'check') return field.isChecked()
    if (answer.kind === 'radio') {
      return this.page.locator(`input[name="${answer.id}"]:checked`).inputValue()
    }
    return field.inputValue()
  }

  /**
   * Whether the form marks the answer's field as optional: its label, or the legend of a group
   * it is in, says "(niet verplicht" or "(optional".
   */
  isOptional(answer: Answer): Promise<boolean> {
    return this.page.evaluate((id) => {
      const input = document.getElementById(id)
      if (!input) throw new Error(`no field ${id}`)
      const texts = [document.querySelector(`label[for="${id}"]`)?.textContent ?? '']
      for (
        let set = input.closest('fieldset');
        set;
        set = set.parentElement?.closest('fieldset') ?? null
      ) {
        texts.push(set.querySelector('legend')?.textContent ?? '')
      }
      return texts.some((t) => /\((niet verplicht|optional)/.test(t))
    }, answer.id)
  }
}
