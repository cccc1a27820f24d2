import type { Download, Page } from 'playwright-core'
import { centsOf } from './RankingPage'

/** Finance's home page: payouts due per week, held payouts, and the batches not yet paid. */
export class FinanceHomePage {
  private constructor(private readonly page: Page) {}

  static async current(page: Page) {
    await page.getByTestId('payouts-due').getByTestId('due-thisWeek').waitFor()
    await page.getByTestId('unpaid-batches').getByRole('link', { name: 'Alle batches' }).waitFor()
    return new FinanceHomePage(page)
  }

  /** Opens it through the menu, as finance returns to it. */
  static async open(page: Page) {
    await page.getByRole('menuitem', { name: 'Overzicht' }).click()
    return FinanceHomePage.current(page)
  }

  private bucket(name: 'thisWeek' | 'nextWeek') {
    return this.page.getByTestId(`due-${name}`)
  }

  /** The count and total of the payouts due in a week, as the page shows them. */
  async due(name: 'thisWeek' | 'nextWeek') {
    const bucket = this.bucket(name)
    return {
      count: Number((await bucket.getByTestId('due-count').innerText()).replace(/\D/g, '')),
      totalCents: centsOf(await bucket.getByTestId('due-total').innerText()),
    }
  }

  /** Gathers everything due up to the end of the week into a batch; answers the batch's id. */
  async gatherBatch(name: 'thisWeek' | 'nextWeek') {
    await this.bucket(name).getByRole('button', { name: 'Nieuwe batch' }).click()
    const dialog = this.page.getByRole('dialog', { name: 'Nieuwe batch' })
    await dialog.getByRole('button', { name: 'Batch maken' }).click()
    await this.page.waitForURL(/#\/payout-batches\/\d+\/show$/)
    return Number(/payout-batches\/(\d+)\/show/.exec(this.page.url())?.[1])
  }

  private batchRow(batchId: number) {
    return this.page.getByTestId(`batch-${batchId}`)
  }

  /** Downloads the batch's SEPA file (pain.001.001.09) from its row. */
  async downloadSepa(batchId: number): Promise<Download> {
    const download = this.page.waitForEvent('download')
    await this.batchRow(batchId).getByRole('link', { name: 'SEPA (.09)' }).click()
    return download
  }

  /** Marks the batch paid today, once its row offers it (after the export); a paid batch leaves. */
  async markPaid(batchId: number) {
    await this.batchRow(batchId).getByRole('button', { name: 'Markeer als betaald' }).click()
    const dialog = this.page.getByRole('dialog')
    await dialog.getByRole('button', { name: 'Markeer als betaald' }).click()
    await dialog.waitFor({ state: 'detached' })
    await this.batchRow(batchId).waitFor({ state: 'detached' })
  }
}
