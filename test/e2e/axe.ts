import { createRequire } from 'node:module'
import type { AxeResults } from 'axe-core'
import type { Page } from 'playwright-core'

const AXE_PATH = createRequire(import.meta.url).resolve('axe-core/axe.min.js')

/** The rules of WCAG 2.1 levels A and AA, the legal norm for Dutch public services. */
const WCAG_21_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']

/**
 * axe-core's WCAG 2.1 A/AA violations on the page as it is now (or only within the element that
 * `within` selects), one line each (rule and the elements it fails on). The page's context must
 * allow scripts and bypass the page's CSP.
 */
export async function accessibilityViolations(page: Page, within?: string): Promise<string[]> {
  await page.addScriptTag({ path: AXE_PATH })
  const results = await page.evaluate(
    ([tags, selector]) =>
      (window as unknown as { axe: { run: (...args: unknown[]) => Promise<AxeResults> } }).axe.run(
        selector ? { include: [selector] } : document,
        { runOnly: { type: 'tag', values: tags } },
      ),
    [WCAG_21_AA, within] as const,
  )
  return results.violations.map(
    (v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
  )
}

/**
 * The same check for HTML captured elsewhere (e.g. in a context without JavaScript): it is shown
 * in `page`, at an address of the same site so its stylesheet loads.
 */
export async function accessibilityViolationsOf(
  page: Page,
  html: string,
  siteUrl: string,
): Promise<string[]> {
  await page.goto(siteUrl)
  await page.setContent(html, { waitUntil: 'load' })
  return accessibilityViolations(page)
}
