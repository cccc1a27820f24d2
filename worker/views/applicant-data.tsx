import type { Locale } from '../lib/messages'
import type { ApplicantView } from '../services/applicant-view'
import { type Privacy, retentionText } from '../services/applicant-data'
import { DRAFT_DAYS } from '../domain/retention'
import { formatDate, formatMoment } from './format'
import { copy } from './text'

/**
 * The applicant's own data on their status page: a download of everything stored, how long it is
 * kept, and a plain form to ask for removal (a draft they delete themselves instead).
 */
export function PrivacySection(props: {
  locale: Locale
  view: ApplicantView
  privacy: Privacy
  base: string
}) {
  const { locale, view, privacy, base } = props
  const t = copy(locale).privacy
  const draft = view.status === 'draft'
  return (
    <>
      <h2 id="gegevens">{t.title}</h2>
      <p>
        <a href={`${base}/gegevens`} download>
          {t.download}
        </a>
        <br />
        <span class="hint">{t.downloadHint}</span>
      </p>
      {draft && privacy.retention && (
        <p>{t.draftKept(DRAFT_DAYS, formatDate(privacy.retention.dueOn, locale))}</p>
      )}
      {!draft && privacy.removalRequestedAt && (
        <p class="note">
          {t.removalAsked(formatMoment(privacy.removalRequestedAt, locale))}{' '}
          {retentionText(privacy, locale)}
        </p>
      )}
      {!draft && !privacy.removalRequestedAt && (
        <form method="post" action={`${base}/verwijderverzoek`} class="inline-form">
          <h3>{t.removalTitle}</h3>
          <p>{t.removalHint}</p>
          <p>{retentionText(privacy, locale)}</p>
          <button type="submit" class="button--secondary">
            {t.removalAsk}
          </button>
        </form>
      )}
    </>
  )
}
