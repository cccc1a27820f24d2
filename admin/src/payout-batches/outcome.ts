import { formatEuros } from '../common/money'
import type { PayoutBatch } from '../types'

/**
 * What a notification about a batch says in numbers: its id, how many payouts (`smart_count`, for
 * the plural) and their total.
 */
export function batchFigures(batch: PayoutBatch, locale: string) {
  return { id: batch.id, smart_count: batch.count, total: formatEuros(batch.totalCents, locale) }
}

/** A calendar day (`2026-12-01`) in short numeric form for a message: 1-12-2026, 01/12/2026. */
export function shortDay(isoDate: string, locale: string): string {
  const format = new Intl.DateTimeFormat(locale, {
    timeZone: 'UTC',
    day: 'numeric',
    month: 'numeric',
    year: 'numeric',
  })
  return format.format(new Date(`${isoDate}T00:00:00Z`))
}
