import { type Browser, type Page, chromium } from 'playwright-core'
import { afterAll, beforeAll } from 'vitest'

/** Waits are generous: a 2-core machine runs the worker, workerd and the browser at once. */
export const WAIT_MS = 30_000

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  })
}

/** A page in a fresh context (its own cookies), with the panel's timeouts. */
export async function newPage(browser: Browser): Promise<Page> {
  // Staff work on Dutch time: the panel's "today" must be the API's (Europe/Amsterdam) day.
  const context = await browser.newContext({
    viewport: { width: 1400, height: 1000 },
    timezoneId: 'Europe/Amsterdam',
  })
  const page = await context.newPage()
  page.setDefaultTimeout(WAIT_MS)
  page.setDefaultNavigationTimeout(2 * WAIT_MS)
  return page
}

/**
 * The browser of a test file: launched before its tests and closed after them. Called at the top
 * level of the file; what it returns gives the browser inside the tests.
 */
export function browserOfFile(): () => Browser {
  let browser: Browser | undefined
  beforeAll(async () => {
    browser = await launchBrowser()
  })
  afterAll(async () => {
    await browser?.close()
  })
  return () => {
    if (!browser) throw new Error('The browser is launched before the tests, not at import.')
    return browser
  }
}
