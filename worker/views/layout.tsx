import type { Child } from 'hono/jsx'
import { html } from 'hono/html'
import type { Locale } from '../lib/messages'
import { REGISTER_PATH } from '../services/register'
import { localePath } from './format'
import { STYLESHEET_PATH } from './styles'
import { copy } from './text'

export interface LayoutProps {
  locale: Locale
  /** The page's own title; the site name follows it. */
  title: string
  /** This page's path without the language prefix, for the link to the other language. */
  path: string
  /** Starts the title with "Fout:", so screen readers hear at once that the form has errors. */
  hasErrors?: boolean
  children?: Child
}

/** The frame of every public page: skip link, header with the language switch, main, footer. */
export function Layout({ locale, title, path, hasErrors, children }: LayoutProps) {
  const t = copy(locale).site
  const other: Locale = locale === 'nl' ? 'en' : 'nl'
  const fullTitle = `${hasErrors ? t.errorPrefix : ''}${title} – ${t.name}`
  return html`<!doctype html>${(
      <html lang={locale}>
        <head>
          <meta charset="utf-8" />
          <meta name="viewport" content="width=device-width, initial-scale=1" />
          <title>{fullTitle}</title>
          <link rel="stylesheet" href={STYLESHEET_PATH} />
        </head>
        <body>
          <a class="skip-link" href="#main">
            {t.skip}
          </a>
          <header class="site-header">
            <div class="container">
              <a class="brand" href={localePath(locale, '/')}>
                {t.name}
                <span class="tagline">{t.tagline}</span>
              </a>
              <nav aria-label={t.languageNav}>
                <a
                  href={localePath(other, path)}
                  lang={other}
                  hreflang={other}
                  title={t.otherLanguageName}
                >
                  {t.otherLanguage}
                </a>
              </nav>
            </div>
          </header>
          <main id="main" tabindex={-1}>
            <div class="container">{children}</div>
          </main>
          <footer class="site-footer">
            <div class="container">
              <p>{t.footer}</p>
              <p>
                <a href={localePath(locale, REGISTER_PATH)}>{copy(locale).register.link}</a>
              </p>
            </div>
          </footer>
        </body>
      </html>
    )}`
}
