import type { Locale } from '../lib/messages'
import type { ApplicantView } from '../services/applicant-view'
import { formatDate, formatMoment, localePath } from './format'
import { Layout } from './layout'
import { PrivateLink } from './private-link'
import { noticeText } from './status'
import { copy } from './text'

export interface ResultProps {
  locale: Locale
  view: ApplicantView
  /** The private link, absolute, in the reader's language. */
  url: string
  /** The status page's path without the language prefix: the language switch leads there. */
  path: string
}

/** After saving a draft: it is saved, not yet submitted, and here is the way back to it. */
export function DraftSavedPage({ locale, url, path }: ResultProps) {
  const t = copy(locale).draft
  return (
    <Layout locale={locale} title={t.title} path={path}>
      <h1>{t.title}</h1>
      <p class="lead">{t.notYet}</p>
      <PrivateLink locale={locale} url={url} />
      <p>{t.retention}</p>
    </Layout>
  )
}

/** The receipt (Awb 4:3a): reference, when it came in, the decision's last day, what comes next. */
export function ReceiptPage({ locale, view, url, path }: ResultProps) {
  const t = copy(locale).receipt
  const due = view.decisionDueOn ? formatDate(view.decisionDueOn, locale) : ''
  return (
    <Layout locale={locale} title={t.title} path={path}>
      <div class="panel">
        <h1>{t.title}</h1>
        <p>{t.reference}</p>
        <p class="reference">{view.reference}</p>
      </div>
      <dl class="facts">
        {view.submittedAt && (
          <>
            <dt>{t.receivedAt}</dt>
            <dd>{formatMoment(view.submittedAt, locale)}</dd>
          </>
        )}
        {due && (
          <>
            <dt>{t.decisionDue}</dt>
            <dd>{due}</dd>
          </>
        )}
      </dl>
      <p>{t.mentionReference}</p>
      {view.warnings.length > 0 && (
        <>
          <h2>{t.warnings}</h2>
          <ul>
            {view.warnings.map((w) => (
              <li>{noticeText(view, w)}</li>
            ))}
          </ul>
        </>
      )}
      <h2>{t.nextTitle}</h2>
      <ol>
        {t.next(due).map((step) => (
          <li>{step}</li>
        ))}
      </ol>
      <h2>{copy(locale).privateLink.label}</h2>
      <PrivateLink locale={locale} url={url} />
    </Layout>
  )
}

/** After deleting a draft: it is gone, and so is the link. */
export function DraftDeletedPage({ locale }: { locale: Locale }) {
  const t = copy(locale)
  return (
    <Layout locale={locale} title={t.deleted.title} path="/">
      <h1>{t.deleted.title}</h1>
      <p class="lead">{t.deleted.text}</p>
      <p>
        <a href={localePath(locale, '/')}>{t.site.home}</a>
      </p>
    </Layout>
  )
}
