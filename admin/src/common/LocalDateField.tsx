import { DateField, type DateFieldProps, useLocaleState } from 'react-admin'

/** For calendar days without a time (`opensOn`): read them as such, whatever the time zone. */
export const calendarDay = {
  timeZone: 'UTC',
  day: 'numeric',
  month: 'long',
  year: 'numeric',
} as const

/** A date (or date and time) written the way the panel's language writes it, not the browser's. */
export const LocalDateField = (props: DateFieldProps) => {
  const [locale] = useLocaleState()
  return <DateField locales={locale} {...props} />
}
