import { html } from 'hono/html'
import { formatCents } from '../lib/money'
import type { Locale } from '../lib/messages'
import type { DecisionLetter } from '../services/decisions'
import { formatDate, localePath } from './format'
import { STYLESHEET_PATH } from './styles'
import { copy } from './text'

export interface DecisionLetterProps {
  locale: Locale
  letter: DecisionLetter
  /** The applicant's status page (without language prefix): links back and to the other language. */
  statusPath?: string
}

/**
 * The decision letter (beschikking): reference, outcome, amount and payment schedule, the
 * motivation, the date, and the right to object within 6 weeks with the day it ends (Awb 6:7).
 * A document of its own, without the site's header, so it prints as a letter.
 */
export function DecisionLetterPage({ locale, letter, statusPath }: DecisionLetterProps) {
  const t = copy(locale).letter
  const kinds = copy(locale).status.payoutKinds
  const addressee = letter.organisationName || letter.contactName
  return html`<!doctype html>${(
      <html lang={locale}>
        <head>
          <meta charset="utf-8" />
          <meta name="viewport" content="width=device-width, initial-scale=1" />
          <title>{`${t.title} – ${letter.reference ?? ''}`}</title>
          <link rel="stylesheet" href={STYLESHEET_PATH} />
        </head>
        <body>
          <main id="main" class="letter">
            <div class="container">
              {statusPath && <LetterNav locale={locale} statusPath={statusPath} />}
              <p class="no-print">{t.print}</p>
              <h1>{t.title}</h1>
              <dl class="facts">
                <dt>{t.network}</dt>
                <dd>{letter.networkName}</dd>
                {addressee && (
                  <>
                    <dt>{t.to}</dt>
                    <dd>{addressee}</dd>
                  </>
                )}
                <dt>{t.reference}</dt>
                <dd>{letter.reference}</dd>
                <dt>{t.date}</dt>
                <dd>{formatDate(letter.decidedOn, locale)}</dd>
                <dt>{t.about}</dt>
                <dd>{t.subject(letter.title)}</dd>
              </dl>
              {letter.outcome === 'awarded' ? (
                <p class="lead">{t.awarded(formatCents(letter.amountCents, locale))}</p>
              ) : (
                <p class="lead">{t.rejected}</p>
              )}
              {letter.partialReason && (
                <>
                  <p>{t.partial}</p>
                  <p class="pre-line">{letter.partialReason}</p>
                </>
              )}
              <h2>{t.why}</h2>
              <p class="pre-line">{letter.motivation}</p>
              {letter.schedule.length > 0 && (
                <>
                  <h2>{t.schedule}</h2>
                  <ul>
                    {letter.schedule.map((p) => (
                      <li>
                        {kinds[p.kind]}: {formatCents(p.amountCents, locale)} —{' '}
                        {formatDate(p.dueOn, locale)}
                      </li>
                    ))}
                  </ul>
                  <p>{t.scheduleNote}</p>
                </>
              )}
              <h2>{t.objectionTitle}</h2>
              <p>
                <strong>{t.objection(formatDate(letter.objectionDeadline, locale))}</strong>{' '}
                {copy(locale).status.objectionHow}
              </p>
              <p class="pre-line">{t.signature(letter.networkName)}</p>
            </div>
          </main>
        </body>
      </html>
    )}`
}

function LetterNav({ locale, statusPath }: { locale: Locale; statusPath: string }) {
  const other: Locale = locale === 'nl' ? 'en' : 'nl'
  return (
    <nav class="no-print" aria-label={copy(locale).site.languageNav}>
      <p>
        <a href={localePath(locale, statusPath)}>{copy(locale).letter.back}</a> ·{' '}
        <a href={localePath(other, `${statusPath}/besluit`)} lang={other} hreflang={other}>
          {copy(locale).site.otherLanguage}
        </a>
      </p>
    </nav>
  )
}
