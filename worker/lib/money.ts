import type { Locale } from './messages'
import { once } from './once'

const formats = once<Record<Locale, Intl.NumberFormat>>(() => ({
  nl: new Intl.NumberFormat('nl-NL', { style: 'currency', currency: 'EUR' }),
  en: new Intl.NumberFormat('en-GB', { style: 'currency', currency: 'EUR' }),
}))

/** Integer cents as a euro amount for people to read, e.g. `€ 1.250,00`. Display only. */
export function formatCents(cents: number, locale: Locale): string {
  return formats()[locale].format(cents / 100)
}

/**
 * Integer cents as a decimal euro amount for machines to import: `1234` → `12.34`, `-500` →
 * `-5.00`. A dot, no grouping, no currency sign; computed on integers so no float creeps in.
 */
export function euros(cents: number): string {
  if (!Number.isSafeInteger(cents)) throw new RangeError(`Not a whole number of cents: ${cents}`)
  const abs = Math.abs(cents)
  const sign = cents < 0 ? '-' : ''
  return `${sign}${Math.trunc(abs / 100)}.${String(abs % 100).padStart(2, '0')}`
}
