import simpleRestProvider from 'ra-data-simple-rest'
import { fetchUtils } from 'react-admin'
import { i18nProvider } from './i18n'

/**
 * Every API call: same-origin with the session cookie, and in the panel's current language so
 * server messages match the interface. Errors reject with an HttpError carrying the `{ message,
 * errors }` body, which react-admin shows as a notification and at the fields.
 */
export function httpClient(url: string, options: fetchUtils.Options = {}) {
  const headers = new Headers(options.headers ?? { Accept: 'application/json' })
  headers.set('Accept-Language', i18nProvider.getLocale())
  return fetchUtils.fetchJson(url, { ...options, headers, credentials: 'same-origin' })
}

export const dataProvider = simpleRestProvider('/api', httpClient)
