import polyglotI18nProvider from 'ra-i18n-polyglot'
import { en } from './en'
import { nl } from './nl'

/**
 * Dutch by default, English on request. Missing keys fall back to the key itself, so server
 * messages (already in the reader's language) pass through `translate` unchanged.
 */
export const i18nProvider = polyglotI18nProvider(
  (locale) => (locale === 'en' ? en : nl),
  'nl',
  [
    { locale: 'nl', name: 'Nederlands' },
    { locale: 'en', name: 'English' },
  ],
  { allowMissing: true },
)
