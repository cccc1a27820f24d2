import { formatIban } from '../lib/iban'
import type { Locale } from '../lib/messages'
import { formatCents } from '../lib/money'
import type { Privacy } from '../services/applicant-data'
import type { ApplicantView } from '../services/applicant-view'
import { APPLICANT_ATTACHMENT_KINDS, MAX_ATTACHMENTS } from '../services/attachments'
import { PrivacySection } from './applicant-data'
import { type PageErrors, summaryItems } from './application-form'
import { Checkbox, ErrorSummary, SelectField, type SummaryItem } from './form-fields'
import { formatDate, formatFileSize, formatMoment, localePath } from './format'
import { Layout } from './layout'
import { ReportSection } from './report'
import { type Copy, copy } from './text'

export interface StatusPageProps {
  locale: Locale
  view: ApplicantView
  token: string
  /** Problems with an upload (`file`, `kind`) or a withdrawal (`confirm`), by input id. */
  errors?: PageErrors
  /** When the report was received, once it was. */
  reportedAt?: string
  /** Whether removal was asked and how long the data is kept. */
  privacy: Privacy
}

/** The page the private link opens: where the application stands and what the applicant can do. */
export function StatusPage(props: StatusPageProps) {
  const { locale, view, token } = props
  const t = copy(locale).status
  const errors = props.errors ?? {}
  const path = `/aanvraag/${token}`
  const base = localePath(locale, path)
  const items: SummaryItem[] = Object.entries(errors).map(([target, text]) => ({ target, text }))
  return (
    <Layout
      locale={locale}
      title={view.title || t.pageTitle}
      path={path}
      hasErrors={items.length > 0}
    >
      <h1>{view.title || t.pageTitle}</h1>
      {items.length > 0 && <ErrorSummary title={copy(locale).errors.summaryTitle} items={items} />}
      <dl class="facts">
        <dt>{t.plan}</dt>
        <dd>
          {view.plan.title} ({view.plan.networkName})
        </dd>
        <dt>{t.reference}</dt>
        <dd>{view.reference ?? t.noReference}</dd>
        <dt>{t.status}</dt>
        <dd>
          <strong>{t.labels[view.status]}</strong>
        </dd>
        {view.submittedAt && (
          <>
            <dt>{t.submittedAt}</dt>
            <dd>{formatMoment(view.submittedAt, locale)}</dd>
          </>
        )}
        {view.decisionDueOn && !view.decision && (
          <>
            <dt>{t.decisionDue}</dt>
            <dd>{formatDate(view.decisionDueOn, locale)}</dd>
          </>
        )}
      </dl>

      <h2>{t.whatNext}</h2>
      <p>{t.meaning[view.status]}</p>
      <p>{t.next[view.status]}</p>

      {view.status === 'info_requested' && <InfoRequest locale={locale} view={view} />}
      {view.missing.length > 0 && (
        <Missing locale={locale} view={view} editHref={`${base}/wijzigen`} />
      )}
      {view.warnings.length > 0 && (
        <>
          <h2>{t.warningsTitle}</h2>
          <ul>
            {view.warnings.map((w) => (
              <li>{noticeText(view, w)}</li>
            ))}
          </ul>
        </>
      )}
      {view.decision && <Decision locale={locale} decision={view.decision} base={base} />}
      {view.payouts.length > 0 && <Payouts locale={locale} payouts={view.payouts} />}
      <ReportSection locale={locale} view={view} base={base} reportedAt={props.reportedAt} />
      <Attachments locale={locale} view={view} base={base} errors={errors} />
      <Actions locale={locale} view={view} base={base} errors={errors} />
      <PrivacySection locale={locale} view={view} privacy={props.privacy} base={base} />
      <Details locale={locale} view={view} />
    </Layout>
  )
}

type Part = { locale: Locale; view: ApplicantView }

/** A warning or finding in words; one about a budget line names the line it is about. */
export function noticeText(view: ApplicantView, notice: ApplicantView['warnings'][number]) {
  const line = /^budgetLines\.(\d+)\./.exec(notice.field)
  const description = line && view.budgetLines[Number(line[1])]?.description
  return description ? `${description}: ${notice.message}` : notice.message
}

function InfoRequest({ locale, view }: Part) {
  const t = copy(locale).status
  return (
    <>
      <h2>{t.infoTitle}</h2>
      {view.infoRequest && <p class="note pre-line">{view.infoRequest}</p>}
      {view.infoDueOn && <p>{t.infoDue(formatDate(view.infoDueOn, locale))}</p>}
    </>
  )
}

/** What still blocks submission, each linking to its field in the edit form. */
function Missing({ locale, view, editHref }: Part & { editHref: string }) {
  const t = copy(locale).status
  const errors = Object.fromEntries(view.missing.map((n) => [n.field, n.message]))
  return (
    <>
      <h2>{t.missingTitle}</h2>
      <ul>
        {summaryItems(locale, errors).map((item) => (
          <li>
            {item.target ? <a href={`${editHref}#${item.target}`}>{item.text}</a> : item.text}
          </li>
        ))}
      </ul>
    </>
  )
}

function Decision(props: {
  locale: Locale
  decision: NonNullable<ApplicantView['decision']>
  base: string
}) {
  const { locale, decision, base } = props
  const t = copy(locale).status
  return (
    <>
      <h2>{t.decisionTitle}</h2>
      <dl class="facts">
        <dt>{t.outcome}</dt>
        <dd>{t.outcomes[decision.outcome]}</dd>
        {decision.outcome === 'awarded' && (
          <>
            <dt>{t.amount}</dt>
            <dd>{formatCents(decision.amountCents, locale)}</dd>
          </>
        )}
        <dt>{t.decidedOn}</dt>
        <dd>{formatDate(decision.decidedOn, locale)}</dd>
        <dt>{t.motivation}</dt>
        <dd class="pre-line">{decision.motivation}</dd>
      </dl>
      <p>
        <strong>{t.objection(formatDate(decision.objectionDeadline, locale))}</strong>{' '}
        {t.objectionHow}
      </p>
      <p>
        <a href={`${base}/besluit`}>{copy(locale).letter.open}</a>
      </p>
    </>
  )
}

function Payouts(props: { locale: Locale; payouts: ApplicantView['payouts'] }) {
  const { locale } = props
  const t = copy(locale).status
  return (
    <>
      <h2>{t.payoutsTitle}</h2>
      <table>
        <thead>
          <tr>
            <th scope="col">{t.payoutKind}</th>
            <th scope="col">{t.payoutAmount}</th>
            <th scope="col">{t.payoutDue}</th>
            <th scope="col">{t.payoutStatus}</th>
          </tr>
        </thead>
        <tbody>
          {props.payouts.map((p) => (
            <tr>
              <td>{t.payoutKinds[p.kind]}</td>
              <td>{formatCents(p.amountCents, locale)}</td>
              <td>{formatDate(p.dueOn, locale)}</td>
              <td>
                {p.status === 'paid' && p.paidOn
                  ? t.paidOn(formatDate(p.paidOn, locale))
                  : t.payoutStatuses[p.status]}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  )
}

const kindLabel = (t: Copy['status'], kind: string) =>
  t.attachmentKinds[kind as keyof Copy['status']['attachmentKinds']] ?? kind

function Attachments(props: Part & { base: string; errors: PageErrors }) {
  const { locale, view, base, errors } = props
  const t = copy(locale).status
  const files = view.attachments.filter((file) => file.kind !== 'report')
  return (
    <>
      <h2>{t.attachmentsTitle}</h2>
      {files.length === 0 ? (
        <p>{t.noAttachments}</p>
      ) : (
        <ul class="files">
          {files.map((file) => (
            <li>
              <span>
                <a href={`${base}/bijlagen/${file.id}`}>{file.filename}</a> (
                {kindLabel(t, file.kind)}, {formatFileSize(file.sizeBytes, locale)})
              </span>
              {view.editable && (
                <form method="post" action={`${base}/bijlagen/${file.id}/verwijderen`}>
                  <button type="submit" class="button--secondary">
                    {t.remove}
                    <span class="visually-hidden"> {file.filename}</span>
                  </button>
                </form>
              )}
            </li>
          ))}
        </ul>
      )}
      {view.editable &&
        (files.length >= MAX_ATTACHMENTS ? (
          <p>{t.uploadFull(MAX_ATTACHMENTS)}</p>
        ) : (
          <form method="post" action={`${base}/bijlagen`} enctype="multipart/form-data" novalidate>
            <h3>{t.uploadTitle}</h3>
            <div class={errors.file ? 'field field--error' : 'field'}>
              <label for="file">{t.file}</label>
              <span class="hint" id="file-hint">
                {t.uploadHint(MAX_ATTACHMENTS)}
              </span>
              {errors.file && (
                <span class="field-error" id="file-error">
                  {errors.file}
                </span>
              )}
              <input
                type="file"
                id="file"
                name="file"
                accept=".pdf,.jpg,.jpeg,.png,.docx,.xlsx,.odt"
                aria-describedby={errors.file ? 'file-hint file-error' : 'file-hint'}
                aria-invalid={errors.file ? 'true' : undefined}
              />
            </div>
            <SelectField
              id="kind"
              label={t.kind}
              value="other"
              options={APPLICANT_ATTACHMENT_KINDS.map((k) => ({
                value: k,
                label: t.attachmentKinds[k],
              }))}
              error={errors.kind}
            />
            <button type="submit" class="button--secondary">
              {t.upload}
            </button>
          </form>
        ))}
    </>
  )
}

function Actions(props: Part & { base: string; errors: PageErrors }) {
  const { locale, view, base, errors } = props
  const t = copy(locale).status
  if (!view.editable && !view.withdrawable) return null
  return (
    <>
      <h2>{t.actionsTitle}</h2>
      {view.editable && (
        <>
          <p>
            <a class="button button--secondary" href={`${base}/wijzigen`}>
              {t.edit}
            </a>
          </p>
          <form method="post" action={`${base}/indienen`} class="inline-form">
            <button type="submit">{t.submit}</button>
          </form>
        </>
      )}
      {view.status === 'draft' && (
        <form method="post" action={`${base}/verwijderen`} novalidate class="inline-form">
          <h3>{t.deleteTitle}</h3>
          <p>{t.deleteHint}</p>
          <Checkbox
            id="confirmDelete"
            label={t.deleteConfirm}
            checked={false}
            error={errors.confirmDelete}
          />
          <button type="submit" class="button--warning">
            {t.delete}
          </button>
        </form>
      )}
      {view.withdrawable && (
        <form method="post" action={`${base}/intrekken`} novalidate class="inline-form">
          <h3>{t.withdrawTitle}</h3>
          <p>{t.withdrawHint}</p>
          <Checkbox id="confirm" label={t.withdrawConfirm} checked={false} error={errors.confirm} />
          <button type="submit" class="button--warning">
            {t.withdraw}
          </button>
        </form>
      )}
    </>
  )
}

function Details({ locale, view }: Part) {
  const t = copy(locale).status
  const f = copy(locale).form
  const orEmpty = (value: string) => value || t.empty
  return (
    <>
      <h2>{t.detailsTitle}</h2>
      <dl class="facts">
        <dt>{f.title.label}</dt>
        <dd>{orEmpty(view.title)}</dd>
        <dt>{f.summary.label}</dt>
        <dd>{orEmpty(view.summary)}</dd>
        <dt>{t.contact}</dt>
        <dd>{orEmpty([view.contactName, view.email].filter(Boolean).join(', '))}</dd>
        <dt>{t.requested}</dt>
        <dd>{view.requestedCents > 0 ? formatCents(view.requestedCents, locale) : t.empty}</dd>
        <dt>{t.period}</dt>
        <dd>
          {view.startsOn && view.endsOn
            ? t.periodValue(formatDate(view.startsOn, locale), formatDate(view.endsOn, locale))
            : t.empty}
        </dd>
        <dt>{f.postcode.label}</dt>
        <dd>{orEmpty(view.postcode)}</dd>
        <dt>{t.budget}</dt>
        <dd>
          {view.budgetLines.length === 0 ? (
            t.empty
          ) : (
            <ul>
              {view.budgetLines.map((line) => (
                <li>
                  {line.description}: {formatCents(line.amountCents, locale)}
                </li>
              ))}
            </ul>
          )}
        </dd>
        <dt>{f.iban.label}</dt>
        <dd>{view.iban ? formatIban(view.iban) : t.empty}</dd>
      </dl>
    </>
  )
}
