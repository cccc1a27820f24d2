import type { Locale } from './messages'

const formats: Record<Locale, Intl.NumberFormat> = {
  nl: new Intl.NumberFormat('nl-NL', { style: 'currency', currency: 'EUR' }),
  en: new Intl.NumberFormat('en-GB', { style: 'currency', currency: 'EUR' }),
}

/** Integer cents as a euro amount for people to read, e.g. `€ 1.250,00`. Display only. */
export function formatCents(cents: number, locale: Locale): string {
  return formats[locale].format(cents / 100)
}
