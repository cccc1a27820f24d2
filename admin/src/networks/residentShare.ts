import type { Network } from '../types'

/** The resident share as people read it: "62,5%" in Dutch, "62.5%" in English. */
export function formatShare(share: number, locale: string): string {
  return new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 1 }).format(
    share / 100,
  )
}

/** The i18n key and parameters of the one-line verdict on a network's make-up. */
export function shareVerdict(network: Network, locale: string) {
  if (network.residentShare === null) return { key: 'app.network.noMembers', share: '' }
  const share = formatShare(network.residentShare, locale)
  return { key: network.mayDecide ? 'app.network.mayDecide' : 'app.network.mayNotDecide', share }
}
