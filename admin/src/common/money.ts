/** Money is integer cents in the API and euros on screen; these are the only conversions. */

/** Euros typed by a user (number or text, with a decimal point or comma) to whole cents. */
export function eurosToCents(euros: number | string | null | undefined): number | null {
  if (euros === null || euros === undefined || euros === '') return null
  const value = typeof euros === 'number' ? euros : Number(euros.replace(',', '.'))
  return Number.isFinite(value) ? Math.round(value * 100) : null
}

/** Cents to the euro amount shown in an input, without rounding errors; '' when there is none. */
export function centsToEuros(cents: number | string | null | undefined): string {
  // An empty input holds '' (react-admin's empty value), not a number.
  if (typeof cents !== 'number' || !Number.isFinite(cents)) return ''
  const sign = cents < 0 ? '-' : ''
  const whole = Math.floor(Math.abs(cents) / 100)
  const rest = Math.abs(cents) % 100
  return rest === 0 ? `${sign}${whole}` : `${sign}${whole}.${String(rest).padStart(2, '0')}`
}

/** Cents as a euro amount for reading, in the panel's language (€ 1.234,50 or €1,234.50). */
export function formatEuros(cents: number, locale: string): string {
  return new Intl.NumberFormat(locale, { style: 'currency', currency: 'EUR' }).format(cents / 100)
}
