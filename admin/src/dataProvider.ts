import simpleRestProvider from 'ra-data-simple-rest'
import { HttpError, fetchUtils } from 'react-admin'
import { i18nProvider } from './i18n'

/** The API reports a bad item of a list of plain values (`postcodes.0`) where its input is. */
function atInputs(errors: Record<string, string>): Record<string, string> {
  return Object.fromEntries(
    Object.entries(errors).map(([path, text]) => [path.replace(/\.\d+$/, ''), text]),
  )
}

/**
 * Every API call: same-origin with the session cookie, and in the panel's current language so
 * server messages match the interface. Errors reject with an HttpError carrying the `{ message,
 * errors }` body, which react-admin shows as a notification and at the fields.
 */
export async function httpClient(url: string, options: fetchUtils.Options = {}) {
  const headers = new Headers(options.headers ?? { Accept: 'application/json' })
  headers.set('Accept-Language', i18nProvider.getLocale())
  try {
    return await fetchUtils.fetchJson(url, { ...options, headers, credentials: 'same-origin' })
  } catch (error) {
    if (error instanceof HttpError && error.body?.errors) {
      error.body.errors = atInputs(error.body.errors)
    }
    throw error
  }
}

export const dataProvider = simpleRestProvider('/api', httpClient)
