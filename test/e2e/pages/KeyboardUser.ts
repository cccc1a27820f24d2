import type { Page } from 'playwright-core'

/**
 * Where to move the focus: an element by id or CSS selector, a link or button by its text, or any
 * radio of a group (Tab stops at only one radio of a group, which one depends on the direction).
 */
type Target =
  | { id: string }
  | { selector: string }
  | { tag: 'a' | 'button'; text: string }
  | { radioGroup: string }

/**
 * A person who uses only the keyboard: Tab and Shift+Tab to move, Space and Enter to act, arrow
 * keys within a radio group, and typing. Looking at the page (where the focus is) is not input.
 */
export class KeyboardUser {
  constructor(private readonly page: Page) {}

  /** Moves the focus with Tab or Shift+Tab until the element with this id has it. */
  focus(id: string) {
    return this.moveTo({ id })
  }

  /** Moves the focus to the link or button whose text is exactly `text`. */
  focusNamed(tag: 'a' | 'button', text: string) {
    return this.moveTo({ tag, text })
  }

  /** Moves the focus to the first element matching a CSS selector. */
  focusSelector(selector: string) {
    return this.moveTo({ selector })
  }

  private async moveTo(target: Target) {
    for (let presses = 0; presses < 400; presses++) {
      const where = await this.page.evaluate((t: Target) => {
        const active = document.activeElement as HTMLInputElement | null
        let found: Element | null | undefined
        if ('id' in t) found = document.getElementById(t.id)
        else if ('selector' in t) found = document.querySelector(t.selector)
        else if ('radioGroup' in t) {
          if (active?.name === t.radioGroup) return 'here'
          found = document.querySelector(`input[type=radio][name="${t.radioGroup}"]`)
        } else {
          const all = Array.from(document.querySelectorAll(t.tag))
          found = all.find((e) => e.textContent?.trim() === t.text)
        }
        if (!found) return 'missing'
        if (found === active) return 'here'
        if (!active || active === document.body) return 'after'
        const following = active.compareDocumentPosition(found) & Node.DOCUMENT_POSITION_FOLLOWING
        return following ? 'after' : 'before'
      }, target)
      if (where === 'here') return
      if (where === 'missing') {
        throw new Error(`no ${JSON.stringify(target)} on ${this.page.url()}`)
      }
      await this.page.keyboard.press(where === 'after' ? 'Tab' : 'Shift+Tab')
    }
    throw new Error(`could not reach ${JSON.stringify(target)} with Tab on ${this.page.url()}`)
  }

  /** The id of the element that has the focus. */
  focused(): Promise<string> {
    return this.page.evaluate(() => document.activeElement?.id ?? '')
  }

  type(text: string) {
    return this.page.keyboard.type(text)
  }

  press(key: string) {
    return this.page.keyboard.press(key)
  }

  /** Presses a key that leads to another page (a link, a submit button) and waits for it. */
  async pressAndLoad(key: string) {
    const loaded = this.page.waitForEvent('load')
    await this.page.keyboard.press(key)
    await loaded
  }

  /** Chooses a radio: Tab into its group, then arrow down to the one wanted. */
  async chooseRadio(name: string, value: string) {
    await this.moveTo({ radioGroup: name })
    for (let presses = 0; presses < 20; presses++) {
      const state = await this.page.evaluate(() => {
        const active = document.activeElement as HTMLInputElement
        const checked = document.querySelector<HTMLInputElement>(
          `input[name="${active.name}"]:checked`,
        )
        return { focused: active.value, checked: checked?.value }
      })
      if (state.checked === value) return
      await this.page.keyboard.press(state.focused === value ? 'Space' : 'ArrowDown')
    }
    throw new Error(`could not choose ${value} with the arrow keys`)
  }
}
