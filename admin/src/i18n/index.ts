import polyglotI18nProvider from 'ra-i18n-polyglot'
import { nl } from './nl'

/**
 * Dutch by default, English on request, loaded only then. Missing keys fall back to the key
 * itself, so server messages (already in the reader's language) pass through `translate` unchanged.
 */
export const i18nProvider = polyglotI18nProvider(
  (locale) => (locale === 'en' ? import('./en').then((module) => module.en) : nl),
  'nl',
  [
    { locale: 'nl', name: 'Nederlands' },
    { locale: 'en', name: 'English' },
  ],
  { allowMissing: true },
)
