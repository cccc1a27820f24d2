import simpleRestProvider from 'ra-data-simple-rest'
import { HttpError, type Identifier, fetchUtils } from 'react-admin'
import { i18nProvider } from './i18n'
import type { Application } from './types'

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

/** What a coordinator asks an applicant for, and in how many days (the API defaults to 14). */
export interface InfoRequest {
  message: string
  days?: number
}

export const dataProvider = {
  ...simpleRestProvider('/api', httpClient),
  /** Asks the applicant for more information; answers with the application, now waiting for it. */
  async requestInfo(id: Identifier, request: InfoRequest): Promise<{ data: Application }> {
    const { json } = await httpClient(`/api/applications/${id}/request-info`, {
      method: 'POST',
      body: JSON.stringify(request),
    })
    return { data: json as Application }
  },
}

export type AppDataProvider = typeof dataProvider
