import { SPLIT_THRESHOLD_CENTS } from '../domain/payout-schedule'
import { MAX_REPORT_FILES, acceptsReportFiles } from '../domain/report-files'
import { type ReportValues, emptyReportValues } from '../lib/form-input'
import type { Locale } from '../lib/messages'
import type { ApplicantView } from '../services/applicant-view'
import type { PageErrors } from './application-form'
import { ErrorSummary, type SummaryItem, TextArea, TextField } from './form-fields'
import { formatFileSize, formatMoment, localePath } from './format'
import { Layout } from './layout'
import { copy } from './text'

/** The report's fields in the order the page shows them, after the file upload. */
const REPORT_FIELDS = [
  'narrative',
  'participantsReached',
  'actualCostsCents',
  'financialOverview',
] as const

/** Problems for the summary, in page order, each named by its field's label. */
function reportSummary(locale: Locale, errors: PageErrors): SummaryItem[] {
  const t = copy(locale).report
  const labels: Record<string, string> = { file: t.file.label }
  for (const f of REPORT_FIELDS) labels[f] = t[f].label
  return ['file', ...REPORT_FIELDS]
    .filter((f) => errors[f])
    .map((f) => {
      const label = labels[f]
      return { target: f, text: `${label}${label.endsWith('?') ? '' : ':'} ${errors[f]}` }
    })
}

/** Whether the initiative is to send its report now: awarded, and not reported yet. */
const reportDue = (view: ApplicantView) =>
  view.status === 'awarded' && view.decision?.outcome === 'awarded'

export interface ReportPageProps {
  locale: Locale
  view: ApplicantView
  token: string
  /** When the report was received, once it was. */
  reportedAt?: string
  /** The report form as typed, when a post was refused. */
  values?: ReportValues
  /** Problems by input id: the report's fields, or `file` for a refused upload. */
  errors?: PageErrors
}

/**
 * The report (verantwoording) of an awarded initiative, reached through its private link: photos
 * and files first, each uploaded on its own so nothing typed is lost, then the report itself.
 * Once the report is in, files can still be added until the network settles it.
 */
export function ReportPage(props: ReportPageProps) {
  const { locale, view, token } = props
  const t = copy(locale).report
  const errors = props.errors ?? {}
  const items = reportSummary(locale, errors)
  const base = localePath(locale, `/aanvraag/${token}`)
  return (
    <Layout
      locale={locale}
      title={t.title}
      path={`/aanvraag/${token}/verantwoording`}
      hasErrors={items.length > 0}
    >
      <h1>{t.title}</h1>
      <p class="lead">{t.about(view.title, view.reference ?? '')}</p>
      <p>
        <a href={base}>{t.back}</a>
      </p>
      {items.length > 0 && <ErrorSummary title={copy(locale).errors.summaryTitle} items={items} />}
      {reportDue(view) && <p>{t.intro}</p>}
      {props.reportedAt && (
        <ReportReceived locale={locale} reportedAt={props.reportedAt} status={view.status} />
      )}
      <ReportFiles locale={locale} view={view} base={base} error={errors.file} />
      {reportDue(view) && (
        <ReportForm
          locale={locale}
          action={`${base}/verantwoording`}
          awardedCents={view.decision?.amountCents ?? 0}
          values={props.values ?? emptyReportValues()}
          errors={errors}
        />
      )}
    </Layout>
  )
}

/**
 * The report's part of the status page: a way to the report page while it is due or open for
 * files, and when it was received.
 */
export function ReportSection(props: {
  locale: Locale
  view: ApplicantView
  base: string
  reportedAt?: string
}) {
  const { locale, view, reportedAt } = props
  const t = copy(locale).report
  const href = `${props.base}/verantwoording`
  if (reportDue(view)) {
    return (
      <>
        <h2 id="verantwoording">{t.title}</h2>
        <p>{t.intro}</p>
        <p>
          <a class="button" href={href}>
            {t.start}
          </a>
        </p>
      </>
    )
  }
  if (!reportedAt) return null
  return (
    <>
      <ReportReceived locale={locale} reportedAt={reportedAt} status={view.status} />
      {acceptsReportFiles(view.status) && (
        <p>
          <a class="button button--secondary" href={href}>
            {t.addFiles}
          </a>
        </p>
      )}
    </>
  )
}

function ReportReceived(props: {
  locale: Locale
  reportedAt: string
  status: ApplicantView['status']
}) {
  const { locale } = props
  const t = copy(locale).report
  return (
    <>
      <h2 id="verantwoording">{t.receivedTitle}</h2>
      <dl class="facts">
        <dt>{t.receivedOn}</dt>
        <dd>{formatMoment(props.reportedAt, locale)}</dd>
      </dl>
      {props.status === 'reported' && t.receivedNext.map((line) => <p>{line}</p>)}
    </>
  )
}

/** The report's photos and files, each downloadable and, while the report is open, removable. */
function ReportFiles(props: { locale: Locale; view: ApplicantView; base: string; error?: string }) {
  const { locale, view, base, error } = props
  const t = copy(locale).report
  const remove = copy(locale).status.remove
  const files = view.attachments.filter((file) => file.kind === 'report')
  const open = acceptsReportFiles(view.status)
  if (!open && files.length === 0) return null
  return (
    <>
      <h2 id="bestanden">{t.filesTitle}</h2>
      {open && <p>{t.filesIntro}</p>}
      {files.length === 0 ? (
        <p>{t.noFiles}</p>
      ) : (
        <ul class="files">
          {files.map((file) => (
            <li>
              <span>
                <a href={`${base}/bijlagen/${file.id}`}>{file.filename}</a> (
                {formatFileSize(file.sizeBytes, locale)})
              </span>
              {open && (
                <form
                  method="post"
                  action={`${base}/verantwoording/bestanden/${file.id}/verwijderen`}
                >
                  <button type="submit" class="button--secondary">
                    {remove}
                    <span class="visually-hidden"> {file.filename}</span>
                  </button>
                </form>
              )}
            </li>
          ))}
        </ul>
      )}
      {open &&
        (files.length >= MAX_REPORT_FILES ? (
          <p>{t.filesFull(MAX_REPORT_FILES)}</p>
        ) : (
          <form
            method="post"
            action={`${base}/verantwoording/bestanden`}
            enctype="multipart/form-data"
            novalidate
          >
            <div class={error ? 'field field--error' : 'field'}>
              <label for="file">{t.file.label}</label>
              <span class="hint" id="file-hint">
                {t.file.hint(MAX_REPORT_FILES)}
              </span>
              {error && (
                <span class="field-error" id="file-error">
                  {error}
                </span>
              )}
              <input
                type="file"
                id="file"
                name="file"
                accept=".jpg,.jpeg,.png,.pdf,image/jpeg,image/png,application/pdf"
                aria-describedby={error ? 'file-hint file-error' : 'file-hint'}
                aria-invalid={error ? 'true' : undefined}
              />
            </div>
            <button type="submit" class="button--secondary">
              {t.upload}
            </button>
          </form>
        ))}
    </>
  )
}

/**
 * The report itself: how it went, who came and what it cost; from the split threshold (€ 5,000)
 * up also a financial overview, which is then required.
 */
function ReportForm(props: {
  locale: Locale
  action: string
  awardedCents: number
  values: ReportValues
  errors: PageErrors
}) {
  const { locale, errors, values } = props
  const t = copy(locale).report
  const field = (id: (typeof REPORT_FIELDS)[number]) => ({
    id,
    label: t[id].label,
    hint: t[id].hint,
    error: errors[id],
    value: values[id],
  })
  return (
    <>
      <h2 id="verslag">{t.formTitle}</h2>
      <form method="post" action={props.action} novalidate>
        <TextArea {...field('narrative')} rows={6} />
        <TextField {...field('participantsReached')} inputmode="numeric" width="short" />
        <TextField {...field('actualCostsCents')} inputmode="decimal" width="medium" prefix="€" />
        {props.awardedCents >= SPLIT_THRESHOLD_CENTS && (
          <TextArea {...field('financialOverview')} rows={8} />
        )}
        <button type="submit">{t.send}</button>
      </form>
    </>
  )
}
