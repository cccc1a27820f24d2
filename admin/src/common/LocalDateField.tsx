import { DateField, type DateFieldProps, useLocaleState } from 'react-admin'

/** A date (or date and time) written the way the panel's language writes it, not the browser's. */
export const LocalDateField = (props: DateFieldProps) => {
  const [locale] = useLocaleState()
  return <DateField locales={locale} {...props} />
}
