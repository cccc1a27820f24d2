import { once } from './once'

/** Now as an ISO timestamp (UTC, milliseconds), the one format every stored time uses. */
export function nowIso(): string {
  return new Date().toISOString()
}

/** An ISO timestamp `minutes` from `from` (negative for the past). */
export function addMinutes(from: string, minutes: number): string {
  return new Date(Date.parse(from) + minutes * 60_000).toISOString()
}

// en-CA writes dates as YYYY-MM-DD.
const dutchDay = once(
  () =>
    new Intl.DateTimeFormat('en-CA', {
      timeZone: 'Europe/Amsterdam',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
    }),
)

/** The Dutch calendar day (YYYY-MM-DD) of a stored moment: terms run by the day in Dutch law. */
export function dayOf(isoTimestamp: string): string {
  return dutchDay().format(new Date(isoTimestamp))
}

/** Today's Dutch calendar day. */
export function today(): string {
  return dayOf(nowIso())
}
