import type { Page } from 'playwright-core'

/** The decision dialog: outcome and amount, motivation, who was present, votes, quorum. */
export class DecisionDialog {
  private constructor(private readonly page: Page) {}

  private get dialog() {
    return this.page.getByRole('dialog')
  }

  static async current(page: Page) {
    await page.getByRole('dialog').getByTestId('quorum-check').waitFor()
    return new DecisionDialog(page)
  }

  /** The checkbox of a member present, found by the start of its label (the member's name). */
  private member(name: string) {
    return this.dialog.getByRole('checkbox', { name: new RegExp(`^${name} `) })
  }

  /** The text beside a member's checkbox: their name, kind, and a declared conflict. */
  memberLabel(name: string) {
    return this.member(name).evaluate(
      (input: HTMLInputElement) => input.labels?.[0]?.innerText ?? '',
    )
  }

  memberDisabled(name: string) {
    return this.member(name).isDisabled()
  }

  async tickPresent(names: string[]) {
    for (const name of names) await this.member(name).check()
  }

  async award(euros: string, partialReason?: string) {
    await this.dialog.getByLabel('Toekennen').check()
    await this.dialog.getByLabel('Toegekend bedrag').fill(euros)
    if (partialReason)
      await this.dialog.getByLabel('Waarom minder dan gevraagd').fill(partialReason)
  }

  /** The help under the amount: what was requested and what the plan has left. */
  amountHelp() {
    return this.dialog.locator('.ra-input-amountCents').innerText()
  }

  async motivate(motivation: string) {
    await this.dialog.getByLabel('Motivering').fill(motivation)
  }

  async vote(votes: { for: number; against: number; abstaining: number }) {
    await this.dialog.getByLabel('Stemmen voor').fill(String(votes.for))
    await this.dialog.getByLabel('Stemmen tegen').fill(String(votes.against))
    await this.dialog.getByLabel('Onthoudingen').fill(String(votes.abstaining))
  }

  /** Whether the live quorum check says the meeting may take the decision. */
  async quorate() {
    return (await this.dialog.getByTestId('quorum-check').getAttribute('data-ok')) === 'true'
  }

  quorumText() {
    return this.dialog.getByTestId('quorum-check').innerText()
  }

  /** Records the decision; resolves once the dialog confirms it, with the confirmation's text. */
  async save() {
    await this.dialog.getByRole('button', { name: 'Besluit vastleggen' }).click()
    await this.dialog.getByTestId('decision-recorded').waitFor()
    return this.dialog.getByTestId('decision-recorded').innerText()
  }

  /** Where the letter link points. */
  letterLink() {
    return this.dialog.getByRole('link', { name: 'Besluitbrief bekijken' }).getAttribute('href')
  }

  /** Opens the decision letter, which opens in a new tab; resolves with that tab once loaded. */
  async openLetter() {
    const [letter] = await Promise.all([
      this.page.context().waitForEvent('page'),
      this.dialog.getByRole('link', { name: 'Besluitbrief bekijken' }).click(),
    ])
    await letter.waitForLoadState()
    return letter
  }

  async close() {
    await this.dialog.getByRole('button', { name: 'Sluiten' }).click()
    await this.dialog.waitFor({ state: 'hidden' })
  }
}
