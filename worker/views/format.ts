import type { Locale } from '../lib/messages'
import { once } from '../lib/once'

const dates = once<Record<Locale, Intl.DateTimeFormat>>(() => ({
  nl: new Intl.DateTimeFormat('nl-NL', { dateStyle: 'long', timeZone: 'UTC' }),
  en: new Intl.DateTimeFormat('en-GB', { dateStyle: 'long', timeZone: 'UTC' }),
}))

const moments = once<Record<Locale, Intl.DateTimeFormat>>(() => ({
  nl: new Intl.DateTimeFormat('nl-NL', {
    dateStyle: 'long',
    timeStyle: 'short',
    timeZone: 'Europe/Amsterdam',
  }),
  en: new Intl.DateTimeFormat('en-GB', {
    dateStyle: 'long',
    timeStyle: 'short',
    timeZone: 'Europe/Amsterdam',
  }),
}))

/** A calendar date (`2027-01-15`) for people to read: `15 januari 2027`. */
export function formatDate(isoDate: string, locale: Locale): string {
  return dates()[locale].format(new Date(`${isoDate.slice(0, 10)}T00:00:00Z`))
}

/** A stored moment (UTC timestamp) as Dutch local time: `22 november 2026 om 21:40`. */
export function formatMoment(isoTimestamp: string, locale: Locale): string {
  return moments()[locale].format(new Date(isoTimestamp))
}

/** A page's path in the reader's language: English pages live under `/en`. */
export function localePath(locale: Locale, path: string): string {
  if (locale === 'nl') return path
  return path === '/' ? '/en' : `/en${path}`
}

/** A file's size for people to read: whole kilobytes below a megabyte, then megabytes. */
export function formatFileSize(bytes: number, locale: Locale): string {
  const number = new Intl.NumberFormat(locale === 'nl' ? 'nl-NL' : 'en-GB', {
    maximumFractionDigits: 1,
  })
  if (bytes < 1024 * 1024) return `${number.format(Math.max(1, Math.round(bytes / 1024)))} kB`
  return `${number.format(bytes / (1024 * 1024))} MB`
}
