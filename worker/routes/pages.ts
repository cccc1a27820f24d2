import { and, eq, isNull } from 'drizzle-orm'
import { type Context, Hono } from 'hono'
import { bodyLimit } from 'hono/body-limit'
import { getCookie } from 'hono/cookie'
import type { ContentfulStatusCode } from 'hono/utils/http-status'
import { decisions, reports } from '../db/schema'
import { BOOKMARK_COOKIE, bookmarkFrom } from '../db/session'
import { isEditableByApplicant } from '../domain/application-status'
import { SPLIT_THRESHOLD_CENTS } from '../domain/payout-schedule'
import type { AppEnv } from '../lib/context'
import { sameOrigin } from '../lib/csrf'
import { today } from '../lib/clock'
import { ApiError, type FieldErrors, handleError } from '../lib/errors'
import { contentDisposition } from '../lib/file-type'
import { pageCache } from '../lib/page-cache'
import { decisionLetter } from '../services/decisions'
import { DecisionLetterPage } from '../views/decision-letter'
import {
  type ApplicationForm,
  type FormBody,
  type FormValues,
  emptyFormValues,
  type ReportValues,
  formValuesOf,
  readApplicationForm,
  readReportForm,
} from '../lib/form-input'
import { type Locale, translate } from '../lib/messages'
import { clientIp, withinApplicationLimit } from '../lib/throttle'
import { parseInput } from '../lib/validation'
import {
  applicantData,
  exportFilename,
  privacyOf,
  requestRemoval,
} from '../services/applicant-data'
import { applicantView } from '../services/applicant-view'
import { type ApplicationInput, applicationInput } from '../services/application-input'
import {
  type StoredApplication,
  createApplication,
  deleteDraft,
  findByToken,
  submitApplication,
  updateApplication,
  withdrawApplication,
} from '../services/applications'
import {
  addAttachment,
  attachmentResponse,
  findAttachment,
  removeAttachment,
} from '../services/attachments'
import { type PublicPlan, openPlans, publishedPlan } from '../services/plans'
import { REGISTER_PATH, publicRegister, registerQuery } from '../services/register'
import { reportInput, submitReport } from '../services/reports'
import { ApplicationFormPage, type PageErrors } from '../views/application-form'
import { ErrorPage } from '../views/error-page'
import { localePath } from '../views/format'
import { LandingPage } from '../views/landing'
import { DraftDeletedPage, DraftSavedPage, ReceiptPage } from '../views/receipt'
import { RegisterPage } from '../views/register'
import { ReportPage } from '../views/report'
import { StatusPage } from '../views/status'
import { STYLES } from '../views/styles'
import { copy } from '../views/text'
import { privateLink, privateLinkUrl, uploadFields, uploadLimit } from './public'

type PageContext = Context<AppEnv>
type Html = string | Promise<string>

/** Form posts are a few kilobytes; anything this large is not a person filling in the form. */
const MAX_FORM_BYTES = 256 * 1024

/** Pages load nothing but their own stylesheet and post only to this site. */
const CONTENT_SECURITY_POLICY =
  "default-src 'none'; style-src 'self'; img-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'"

/** English pages live under `/en`; the same sub-app serves both, so the path says the language. */
function localeOf(c: PageContext): Locale {
  return c.req.path === '/en' || c.req.path.startsWith('/en/') ? 'en' : 'nl'
}

/** The path without its language prefix. */
function pathOf(c: PageContext): string {
  return localeOf(c) === 'en' ? c.req.path.slice(3) || '/' : c.req.path
}

/**
 * An HTML answer. Pages hold what people typed, so no cache keeps them; pages reached through a
 * private link are also kept out of search engines and never leak their address as a referrer.
 */
function page(c: PageContext, html: Html, status: ContentfulStatusCode = 200, isPrivate = false) {
  c.header('Cache-Control', 'no-store')
  c.header('Content-Security-Policy', CONTENT_SECURITY_POLICY)
  if (isPrivate) {
    c.header('X-Robots-Tag', 'noindex')
    c.header('Referrer-Policy', 'no-referrer')
  }
  return c.html(html, status)
}

/**
 * Every failure as a page in the reader's language, with the status and message the API would
 * give: the one error mapping decides both (and logs server faults without the token).
 */
async function errorPage(error: Error, c: PageContext) {
  const locale = localeOf(c)
  c.set('locale', locale)
  const answer = handleError(error, c)
  const { message } = await answer.json<{ message: string }>()
  const path = c.req.method === 'GET' ? pathOf(c) : '/'
  const status = answer.status as ContentfulStatusCode
  return page(c, ErrorPage({ locale, status, message, path }), status, true)
}

const formLimit = bodyLimit({
  maxSize: MAX_FORM_BYTES,
  onError: () => {
    throw new ApiError(413, 'tooLarge')
  },
})

/** The fields of a posted HTML form; any other kind of body is bad input. */
async function formBody(c: PageContext): Promise<FormBody> {
  const type = c.req.header('content-type') ?? ''
  const isForm =
    type.startsWith('application/x-www-form-urlencoded') || type.startsWith('multipart/form-data')
  if (!isForm) throw new ApiError(400, 'badRequest')
  try {
    return await c.req.parseBody({ all: true })
  } catch {
    throw new ApiError(400, 'badRequest')
  }
}

function positiveId(raw: string | undefined): number {
  const id = Number(raw)
  if (!/^\d{1,15}$/.test(raw ?? '') || !Number.isSafeInteger(id) || id <= 0) {
    throw new ApiError(404, 'notFound')
  }
  return id
}

/** A plan taking applications today, by the same rule as the list on the landing page. */
async function openPlan(c: PageContext): Promise<PublicPlan> {
  const id = positiveId(c.req.param('planId'))
  const plan = (await openPlans(c.get('db'), today())).find((p) => p.id === id)
  if (!plan) throw new ApiError(404, 'notFound')
  return plan
}

async function planOf(c: PageContext, application: StoredApplication): Promise<PublicPlan> {
  const plan = await publishedPlan(c.get('db'), application.planId)
  if (!plan) throw new ApiError(404, 'notFound')
  return plan
}

const tokenOf = (c: PageContext) => c.req.param('token') ?? ''
const byToken = (c: PageContext) => findByToken(c.get('db'), tokenOf(c))
const applicant = (a: StoredApplication) => ({ type: 'applicant' as const, id: a.id })

/** The status page's address in the reader's language, as a path or (`absolute`) a full URL. */
function statusUrl(c: PageContext, token: string, absolute = false): string {
  const path = localePath(localeOf(c), privateLink(token))
  return absolute ? `${new URL(c.req.url).origin}${path}` : path
}

/** The private link the receipt gives, in the language the applicant applied in. */
const receiptLink = (c: PageContext, application: StoredApplication) =>
  privateLinkUrl(c.req.url, application.locale, tokenOf(c))

function pageErrors(locale: Locale, errors: FieldErrors | undefined): PageErrors {
  return Object.fromEntries(
    Object.entries(errors ?? {}).map(([field, m]) => [
      field,
      typeof m === 'string' ? m : translate(locale, m),
    ]),
  )
}

const isBadInput = (error: unknown): error is ApiError =>
  error instanceof ApiError && error.status === 400

/**
 * The form's input through the API's own schema. Values that could not even be read (an amount
 * like "vijf") are reported with the schema's findings, all at once.
 */
function parseForm(form: ApplicationForm, locale: Locale): ApplicationInput {
  const problems = Object.fromEntries(
    Object.entries(form.problems).map(([field, p]) => [field, copy(locale).errors.problems[p]]),
  )
  let input: ApplicationInput
  try {
    input = parseInput(applicationInput, form.input, locale)
  } catch (error) {
    if (!isBadInput(error)) throw error
    throw new ApiError(400, error.key, error.params, { ...error.fieldErrors, ...problems })
  }
  if (Object.keys(problems).length > 0) throw new ApiError(400, 'invalidInput', undefined, problems)
  return input
}

interface FormState {
  plan: PublicPlan
  values: FormValues
  error?: ApiError
  /** Said before the error's own message, e.g. that changes were saved anyway. */
  before?: string
}

function newForm(c: PageContext, { plan, values, error }: FormState) {
  const locale = localeOf(c)
  const path = `/aanvragen/${plan.id}`
  const html = ApplicationFormPage({
    locale,
    plan,
    values,
    errors: pageErrors(locale, error?.fieldErrors),
    errorIntro: error && translate(locale, { key: error.key, params: error.params }),
    action: localePath(locale, path),
    path,
    mode: 'new',
  })
  return page(c, html, error ? 400 : 200)
}

function editForm(c: PageContext, { plan, values, error, before }: FormState) {
  const locale = localeOf(c)
  const path = `/aanvraag/${tokenOf(c)}/wijzigen`
  const message = error && translate(locale, { key: error.key, params: error.params })
  const html = ApplicationFormPage({
    locale,
    plan,
    values,
    errors: pageErrors(locale, error?.fieldErrors),
    errorIntro: before && message ? `${before} ${message}` : message,
    action: localePath(locale, path),
    path,
    mode: 'edit',
    backHref: statusUrl(c, tokenOf(c)),
  })
  return page(c, html, error ? 400 : 200, true)
}

/** The draft-saved page or the receipt: shown once, with the private link. */
async function resultPage(c: PageContext, token: string, plan: PublicPlan, status: 200 | 201) {
  const db = c.get('db')
  const locale = localeOf(c)
  const stored = await findByToken(db, token)
  const view = await applicantView(db, stored, plan, today(), locale)
  const props = { locale, view, url: statusUrl(c, token, true), path: privateLink(token) }
  const html = stored.status === 'draft' ? DraftSavedPage(props) : ReceiptPage(props)
  return page(c, html, status, true)
}

/** The applicant's view of the application behind the link, and when its report came in. */
async function viewWithReport(c: PageContext) {
  const db = c.get('db')
  const stored = await byToken(c)
  const view = await applicantView(db, stored, await planOf(c, stored), today(), localeOf(c))
  const [received] = await db
    .select({ submittedAt: reports.submittedAt })
    .from(reports)
    .where(eq(reports.applicationId, stored.id))
  return { view, reportedAt: received?.submittedAt, stored }
}

async function statusPage(c: PageContext, errors?: PageErrors) {
  const { view, reportedAt, stored } = await viewWithReport(c)
  const privacy = await privacyOf(c.get('db'), stored)
  const locale = localeOf(c)
  const html = StatusPage({ locale, view, token: tokenOf(c), errors, reportedAt, privacy })
  return page(c, html, errors ? 400 : 200, true)
}

/** Statuses with a report page: due once awarded, and readable after. */
const REPORT_PAGE_STATUSES = ['awarded', 'reported', 'settled']

/** The report page; with `state`, a refused post's input and problems (400). */
async function reportPage(c: PageContext, state?: { values?: ReportValues; errors: PageErrors }) {
  const { view, reportedAt } = await viewWithReport(c)
  if (!REPORT_PAGE_STATUSES.includes(view.status)) throw new ApiError(409, 'reportNotDue')
  const html = ReportPage({ locale: localeOf(c), view, token: tokenOf(c), reportedAt, ...state })
  return page(c, html, state ? 400 : 200, true)
}

/** The report page's list of files, in the reader's language. */
const reportFilesUrl = (c: PageContext) => `${statusUrl(c, tokenOf(c))}/verantwoording#bestanden`

/**
 * The landing page is the same for every reader and shows what changes rarely: the open plans and
 * their budget left. Each isolate keeps it rendered per language and day for a minute, and shared
 * caches may too; browsers ask again every time, so a reader's own write is never hidden by them.
 */
const LANDING_CACHE_SECONDS = 60
const landingCache = pageCache(LANDING_CACHE_SECONDS * 1000)
const LANDING_CACHE_CONTROL = `public, max-age=0, s-maxage=${LANDING_CACHE_SECONDS}`

/**
 * The applicant's pages (DESIGN §3): the landing page with the open plans, the form, and the
 * private status page with its actions. Mounted at `/` (Dutch) and `/en` (English). They follow
 * the public API's rules by calling the same services, and work without JavaScript.
 */
const pages = new Hono<AppEnv>()
pages.onError(errorPage)

pages.get('/styles.css', (c) =>
  c.body(STYLES, 200, {
    'Content-Type': 'text/css; charset=utf-8',
    'Cache-Control': 'public, max-age=31536000, immutable',
  }),
)

pages.get('/', async (c) => {
  const locale = localeOf(c)
  const day = today()
  const render = async () => {
    const plans = await openPlans(c.get('db'), day)
    return (await LandingPage({ locale, plans })).toString()
  }
  // Whoever holds a bookmark has written something (a plan opened, a grant decided) and reads it
  // back at once, by the same rule as every other read (worker/db/session.ts).
  if (bookmarkFrom(getCookie(c, BOOKMARK_COOKIE))) return page(c, await render())
  const answer = await page(c, await landingCache.get(`${locale} ${day}`, render))
  answer.headers.set('Cache-Control', LANDING_CACHE_CONTROL)
  return answer
})

pages.get(REGISTER_PATH, async (c) => {
  const locale = localeOf(c)
  const query = parseInput(registerQuery, c.req.query(), locale)
  const register = await publicRegister(c.get('db'), query, locale)
  return page(c, RegisterPage({ locale, register, after: c.req.query('after') || undefined }))
})

pages.get('/aanvragen/:planId', async (c) =>
  newForm(c, { plan: await openPlan(c), values: emptyFormValues() }),
)

pages.post('/aanvragen/:planId', sameOrigin, formLimit, async (c) => {
  const db = c.get('db')
  const locale = localeOf(c)
  const plan = await openPlan(c)
  const form = readApplicationForm(await formBody(c))
  // A robot filled in the field people never see: refuse, and store nothing.
  if (form.honeypot) throw new ApiError(400, 'spam')
  if (!form.intent) throw new ApiError(400, 'badRequest')
  let created
  try {
    const input = parseForm(form, locale)
    const ip = clientIp(c.req.header('cf-connecting-ip'))
    const submit = form.intent === 'submit'
    const linkOf = (token: string) => privateLinkUrl(c.req.url, locale, token)
    created = await withinApplicationLimit(db, ip, Number(c.env.APPLICATIONS_PER_IP_PER_HOUR), () =>
      createApplication(db, plan, input, submit, locale, linkOf),
    )
  } catch (error) {
    if (isBadInput(error)) return newForm(c, { plan, values: form.values, error })
    throw error
  }
  return resultPage(c, created.token, plan, 201)
})

pages.get('/aanvraag/:token', (c) => statusPage(c))

pages.get('/aanvraag/:token/besluit', async (c) => {
  const locale = localeOf(c)
  const application = await byToken(c)
  const letter = await decisionLetter(c.get('db'), application.id)
  if (!letter) throw new ApiError(404, 'notFound')
  const statusPath = privateLink(tokenOf(c))
  return page(c, DecisionLetterPage({ locale, letter, statusPath }), 200, true)
})

pages.get('/aanvraag/:token/wijzigen', async (c) => {
  const stored = await byToken(c)
  if (!isEditableByApplicant(stored.status)) throw new ApiError(409, 'notEditable')
  return editForm(c, { plan: await planOf(c, stored), values: formValuesOf(stored, localeOf(c)) })
})

pages.post('/aanvraag/:token/wijzigen', sameOrigin, formLimit, async (c) => {
  const db = c.get('db')
  const locale = localeOf(c)
  const existing = await byToken(c)
  const plan = await planOf(c, existing)
  const form = readApplicationForm(await formBody(c))
  if (!form.intent) throw new ApiError(400, 'badRequest')
  try {
    await updateApplication(db, existing, plan, parseForm(form, locale))
  } catch (error) {
    if (isBadInput(error)) return editForm(c, { plan, values: form.values, error })
    throw error
  }
  if (form.intent === 'save') return c.redirect(statusUrl(c, tokenOf(c)), 303)
  try {
    await submitApplication(db, await byToken(c), plan, receiptLink(c, existing))
  } catch (error) {
    if (!isBadInput(error)) throw error
    const before = copy(locale).errors.savedButNotSubmitted
    return editForm(c, { plan, values: form.values, error, before })
  }
  return resultPage(c, tokenOf(c), plan, 200)
})

pages.post('/aanvraag/:token/indienen', sameOrigin, formLimit, async (c) => {
  const existing = await byToken(c)
  const plan = await planOf(c, existing)
  try {
    await submitApplication(c.get('db'), existing, plan, receiptLink(c, existing))
  } catch (error) {
    if (!isBadInput(error)) throw error
    return editForm(c, { plan, values: formValuesOf(existing, localeOf(c)), error })
  }
  return resultPage(c, tokenOf(c), plan, 200)
})

pages.post('/aanvraag/:token/intrekken', sameOrigin, formLimit, async (c) => {
  const existing = await byToken(c)
  const confirmed = (await formBody(c)).confirm
  if (!confirmed) return statusPage(c, { confirm: copy(localeOf(c)).status.withdrawRequired })
  await withdrawApplication(c.get('db'), existing)
  return c.redirect(statusUrl(c, tokenOf(c)), 303)
})

pages.post('/aanvraag/:token/verwijderen', sameOrigin, formLimit, async (c) => {
  const existing = await byToken(c)
  const confirmed = (await formBody(c)).confirmDelete
  if (!confirmed) return statusPage(c, { confirmDelete: copy(localeOf(c)).status.deleteRequired })
  await deleteDraft(c.get('db'), c.env.FILES, existing)
  return page(c, DraftDeletedPage({ locale: localeOf(c) }), 200, true)
})

/** Everything stored about the application, as the API exports it, to save as a file. */
pages.get('/aanvraag/:token/gegevens', async (c) => {
  const application = await byToken(c)
  return c.json(await applicantData(c.get('db'), application), 200, {
    'Content-Disposition': contentDisposition(exportFilename(application)),
    'Cache-Control': 'no-store',
    'X-Robots-Tag': 'noindex',
    'Referrer-Policy': 'no-referrer',
  })
})

pages.post('/aanvraag/:token/verwijderverzoek', sameOrigin, formLimit, async (c) => {
  await requestRemoval(c.get('db'), await byToken(c))
  return c.redirect(`${statusUrl(c, tokenOf(c))}#gegevens`, 303)
})

pages.get('/aanvraag/:token/verantwoording', (c) => reportPage(c))

/**
 * The report of an awarded application, by the API's rules. Problems with what was typed, and a
 * missing financial overview when the grant needs one, are all shown at once.
 */
pages.post('/aanvraag/:token/verantwoording', sameOrigin, formLimit, async (c) => {
  const db = c.get('db')
  const locale = localeOf(c)
  const application = await byToken(c)
  const form = readReportForm(await formBody(c))
  const problems: PageErrors = Object.fromEntries(
    Object.entries(form.problems).map(([field, p]) => [field, copy(locale).errors.problems[p]]),
  )
  try {
    if (application.status === 'awarded' && !form.values.financialOverview.trim()) {
      const [decision] = await db
        .select({ amountCents: decisions.amountCents })
        .from(decisions)
        .where(and(eq(decisions.applicationId, application.id), isNull(decisions.revokedAt)))
      if ((decision?.amountCents ?? 0) >= SPLIT_THRESHOLD_CENTS) {
        problems.financialOverview = translate(locale, { key: 'financialOverviewRequired' })
      }
    }
    let input
    try {
      input = parseInput(reportInput, form.input, locale)
    } catch (error) {
      if (!isBadInput(error)) throw error
      throw new ApiError(400, error.key, error.params, { ...error.fieldErrors, ...problems })
    }
    if (Object.keys(problems).length > 0) {
      throw new ApiError(400, 'invalidInput', undefined, problems)
    }
    await submitReport(db, application, input)
  } catch (error) {
    if (!isBadInput(error) || !error.fieldErrors) throw error
    return reportPage(c, { values: form.values, errors: pageErrors(locale, error.fieldErrors) })
  }
  return c.redirect(statusUrl(c, tokenOf(c)), 303)
})

/** A photo or PDF for the report, one per post, so nothing typed in the report form is lost. */
pages.post('/aanvraag/:token/verantwoording/bestanden', sameOrigin, uploadLimit, async (c) => {
  const application = await byToken(c)
  try {
    const { file } = await uploadFields(c)
    const db = c.get('db')
    await addAttachment(db, c.env.FILES, application, applicant(application), file, 'report')
  } catch (error) {
    if (!isBadInput(error) || !error.fieldErrors) throw error
    return reportPage(c, { errors: pageErrors(localeOf(c), error.fieldErrors) })
  }
  return c.redirect(reportFilesUrl(c), 303)
})

pages.post(
  '/aanvraag/:token/verantwoording/bestanden/:id/verwijderen',
  sameOrigin,
  formLimit,
  async (c) => {
    const application = await byToken(c)
    const id = positiveId(c.req.param('id'))
    await removeAttachment(c.get('db'), c.env.FILES, application, applicant(application), id)
    return c.redirect(reportFilesUrl(c), 303)
  },
)

pages.get('/aanvraag/:token/bijlagen/:id', async (c) => {
  const application = await byToken(c)
  const found = await findAttachment(c.get('db'), application.id, positiveId(c.req.param('id')))
  const response = await attachmentResponse(c.env.FILES, found)
  response.headers.set('Referrer-Policy', 'no-referrer')
  response.headers.set('X-Robots-Tag', 'noindex')
  return response
})

pages.post('/aanvraag/:token/bijlagen', sameOrigin, uploadLimit, async (c) => {
  const application = await byToken(c)
  try {
    const { file, kind } = await uploadFields(c)
    await addAttachment(c.get('db'), c.env.FILES, application, applicant(application), file, kind)
  } catch (error) {
    if (!isBadInput(error) || !error.fieldErrors) throw error
    return statusPage(c, pageErrors(localeOf(c), error.fieldErrors))
  }
  return c.redirect(statusUrl(c, tokenOf(c)), 303)
})

pages.post('/aanvraag/:token/bijlagen/:id/verwijderen', sameOrigin, formLimit, async (c) => {
  const application = await byToken(c)
  const id = positiveId(c.req.param('id'))
  await removeAttachment(c.get('db'), c.env.FILES, application, applicant(application), id)
  return c.redirect(statusUrl(c, tokenOf(c)), 303)
})

pages.all('*', () => {
  throw new ApiError(404, 'notFound')
})

export default pages
