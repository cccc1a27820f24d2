import { Hono } from 'hono'
import { bodyLimit } from 'hono/body-limit'
import * as z from 'zod'
import { ATTACHMENT_KINDS } from '../db/schema'
import { MAX_REPORT_FILES } from '../domain/report-files'
import type { AppEnv } from '../lib/context'
import { type Locale, translate } from '../lib/messages'
import { today } from '../lib/clock'
import { ApiError, fieldError } from '../lib/errors'
import { contentDisposition } from '../lib/file-type'
import { describeRoute } from '../lib/openapi'
import { clientIp, withinApplicationLimit } from '../lib/throttle'
import { jsonBody, parseInput, valid } from '../lib/validation'
import * as shapes from '../openapi/shapes'
import {
  applicantData,
  exportFilename,
  requestRemoval,
  retentionText,
} from '../services/applicant-data'
import { applicantView } from '../services/applicant-view'
import { applicationInput } from '../services/application-input'
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
  type AttachmentRecord,
  MAX_ATTACHMENTS,
  MAX_ATTACHMENT_BYTES,
  addAttachment,
  attachmentResponse,
  findAttachment,
  removeAttachment,
} from '../services/attachments'
import { openPlans, publishedPlan } from '../services/plans'
import { publicRegister, registerQuery } from '../services/register'
import { reportInput, submitReport } from '../services/reports'
import { localePath } from '../views/format'
import type { Context } from 'hono'

/** Where the applicant's private status page lives; the token is the whole credential. */
export const privateLink = (token: string) => `/aanvraag/${token}`

/** The private link as a full address in the applicant's language, for the receipt they get. */
export const privateLinkUrl = (requestUrl: string, locale: Locale, token: string) =>
  `${new URL(requestUrl).origin}${localePath(locale, privateLink(token))}`

/** `website` is a honeypot: people never see it, form-filling robots fill it in. */
const newApplication = applicationInput.extend({
  planId: z.number().int().positive(),
  submit: z.boolean().optional(),
  website: z.string().optional(),
})

type PublicContext = Context<AppEnv>

async function planOf(c: PublicContext, planId: number) {
  const plan = await publishedPlan(c.get('db'), planId)
  if (!plan) throw new ApiError(404, 'notFound')
  return plan
}

async function view(c: PublicContext, application: StoredApplication) {
  const plan = await planOf(c, application.planId)
  return applicantView(c.get('db'), application, plan, today(), c.get('locale'))
}

const byToken = (c: PublicContext) => findByToken(c.get('db'), c.req.param('token') ?? '')

const applicant = (a: StoredApplication) => ({ type: 'applicant' as const, id: a.id })

function attachmentId(raw: string | undefined): number {
  const id = Number(raw)
  if (!Number.isSafeInteger(id) || id <= 0) throw new ApiError(404, 'notFound')
  return id
}

/** The public JSON API of DESIGN §3: the same rules as the pages, for other clients. */
const publicApi = new Hono<AppEnv>()

const plansDoc = describeRoute({
  summary: 'Plans open for applications today, with their priorities and criteria',
  returns: z.array(shapes.publicPlan),
})

publicApi.get('/plans', plansDoc, async (c) => c.json(await openPlans(c.get('db'), today())))

const registerDoc = describeRoute({
  summary: 'The public register: awarded initiatives and budget use per network and year',
  description: 'No personal data: a private applicant is never named, organisations may be.',
  query: registerQuery,
  returns: { type: 'object' },
})

publicApi.get('/register', registerDoc, valid('query', registerQuery), async (c) =>
  c.json(await publicRegister(c.get('db'), c.req.valid('query'), c.get('locale'))),
)

const createDoc = describeRoute({
  summary: 'Start an application, or submit it at once with `submit: true`',
  description:
    'Answers once with the private link’s token; keep it, it is the only way back. `website` must stay empty.',
  body: newApplication,
  status: 201,
  returns: shapes.createdApplication,
  errors: [404, 409, 429],
})

publicApi.post('/applications', createDoc, async (c) => {
  const db = c.get('db')
  const body = await jsonBody(c)
  const locale = c.get('locale')
  const { planId, submit, website, ...input } = parseInput(newApplication, body, locale)
  if (website) throw fieldError('website', 'spam')
  const plan = await planOf(c, planId)
  const ip = clientIp(c.req.header('cf-connecting-ip'))
  const created = await withinApplicationLimit(
    db,
    ip,
    Number(c.env.APPLICATIONS_PER_IP_PER_HOUR),
    () =>
      createApplication(db, plan, input, submit ?? false, locale, (token) =>
        privateLinkUrl(c.req.url, locale, token),
      ),
  )
  const stored = await findByToken(db, created.token)
  return c.json(
    { token: created.token, url: privateLink(created.token), application: await view(c, stored) },
    201,
  )
})

const readDoc = describeRoute({
  summary: 'Read one’s own application through its private link',
  returns: shapes.applicantView,
})

publicApi.get('/applications/:token', readDoc, async (c) => c.json(await view(c, await byToken(c))))

const updateDoc = describeRoute({
  summary: 'Change one’s own application while it may be edited',
  body: applicationInput,
  returns: shapes.applicantView,
  errors: [409],
})

publicApi.put('/applications/:token', updateDoc, async (c) => {
  const db = c.get('db')
  const existing = await byToken(c)
  const input = parseInput(applicationInput, await jsonBody(c), c.get('locale'))
  await updateApplication(db, existing, await planOf(c, existing.planId), input)
  return c.json(await view(c, await byToken(c)))
})

const deleteDoc = describeRoute({
  summary: 'Delete one’s own draft with its attachments',
  status: 204,
  errors: [409],
})

publicApi.delete('/applications/:token', deleteDoc, async (c) => {
  await deleteDraft(c.get('db'), c.env.FILES, await byToken(c))
  return c.body(null, 204)
})

const submitDoc = describeRoute({
  summary: 'Submit one’s own application',
  description: 'Refused with everything that is still missing, at once.',
  returns: shapes.applicantView,
  errors: [409],
})

publicApi.post('/applications/:token/submit', submitDoc, async (c) => {
  const existing = await byToken(c)
  const link = privateLinkUrl(c.req.url, existing.locale, c.req.param('token'))
  await submitApplication(c.get('db'), existing, await planOf(c, existing.planId), link)
  return c.json(await view(c, await byToken(c)))
})

const withdrawDoc = describeRoute({
  summary: 'Withdraw one’s own application before the decision',
  returns: shapes.applicantView,
  errors: [409],
})

publicApi.post('/applications/:token/withdraw', withdrawDoc, async (c) => {
  await withdrawApplication(c.get('db'), await byToken(c))
  return c.json(await view(c, await byToken(c)))
})

const exportDoc = describeRoute({
  summary: 'Download everything stored about one’s own application',
  description:
    'What the applicant filled in, their files’ details, the decision, payouts, report, approved account changes and the messages sent to them; never reviews, staff or other people’s data.',
  download: 'application/json',
})

publicApi.get('/applications/:token/export', exportDoc, async (c) => {
  const application = await byToken(c)
  return c.json(await applicantData(c.get('db'), application), 200, {
    'Content-Disposition': contentDisposition(exportFilename(application)),
  })
})

const removalAnswer = z.object({
  removalRequestedAt: z.string().meta({ description: 'ISO timestamp of the first request' }),
  retention: z
    .object({ action: z.enum(['delete', 'anonymise']), dueOn: z.iso.date() })
    .nullable()
    .meta({ description: 'When the personal data is erased; null while the file is open.' }),
  message: z.string(),
})

const removalDoc = describeRoute({
  summary: 'Ask for one’s personal data to be removed',
  description:
    'Recorded for staff; asking again keeps the first date. A submitted file is kept for its legal term and then anonymised; a draft is deleted by the applicant instead (409).',
  returns: removalAnswer,
  errors: [409],
})

publicApi.post('/applications/:token/removal-request', removalDoc, async (c) => {
  const privacy = await requestRemoval(c.get('db'), await byToken(c))
  const locale = c.get('locale')
  const message = `${translate(locale, { key: 'removalNoted' })} ${retentionText(privacy, locale)}`
  return c.json({ ...privacy, message })
})

const reportDoc = describeRoute({
  summary: 'Report back on an awarded initiative',
  body: reportInput,
  status: 201,
  returns: shapes.applicantView,
  errors: [409],
})

publicApi.post('/applications/:token/report', reportDoc, async (c) => {
  const application = await byToken(c)
  const input = parseInput(reportInput, await jsonBody(c), c.get('locale'))
  await submitReport(c.get('db'), application, input)
  return c.json(await view(c, await byToken(c)), 201)
})

const fileDoc = describeRoute({
  summary: 'Download one of one’s own attachments',
  download: '*/*',
})

publicApi.get('/applications/:token/attachments/:id', fileDoc, async (c) => {
  const application = await byToken(c)
  const found = await findAttachment(c.get('db'), application.id, attachmentId(c.req.param('id')))
  return attachmentResponse(c.env.FILES, found)
})

const removeFileDoc = describeRoute({
  summary: 'Remove one of one’s own attachments',
  description:
    'While it could still be added: an application file while editable, a report file until settlement.',
  returns: shapes.applicantView,
  errors: [409],
})

publicApi.delete('/applications/:token/attachments/:id', removeFileDoc, async (c) => {
  const application = await byToken(c)
  const id = attachmentId(c.req.param('id'))
  await removeAttachment(c.get('db'), c.env.FILES, application, applicant(application), id)
  return c.json(await view(c, await byToken(c)))
})

/** An attachment as the applicant sees it in their view: no internal ids or storage keys. */
const publicAttachment = (a: AttachmentRecord) => ({
  id: a.id,
  kind: a.kind,
  filename: a.filename,
  contentType: a.contentType,
  sizeBytes: a.sizeBytes,
  createdAt: a.createdAt,
})

/** Kind `report` adds a photo or PDF to the report of an awarded application. */
const uploadForm = z.object({
  file: z.instanceof(File, { message: 'fileRequired' }),
  kind: z.enum(ATTACHMENT_KINDS).default('other'),
})

/** A multipart upload's fields; anything that is not multipart form data is bad input. */
export async function uploadFields(c: PublicContext) {
  const type = c.req.header('content-type') ?? ''
  if (!type.startsWith('multipart/form-data')) throw new ApiError(400, 'badRequest')
  let body: Record<string, unknown>
  try {
    body = await c.req.parseBody()
  } catch {
    throw new ApiError(400, 'badRequest')
  }
  const fields = parseInput(uploadForm, body, c.get('locale'))
  // A form sent without choosing a file still carries an empty, nameless file part.
  if (fields.file.size === 0 && fields.file.name === '') throw fieldError('file', 'fileRequired')
  return fields
}

/** Room for one file of the maximum size plus the multipart envelope around it. */
export const uploadLimit = bodyLimit({
  maxSize: MAX_ATTACHMENT_BYTES + 64 * 1024,
  onError: () => {
    throw new ApiError(413, 'fileTooLarge')
  },
})

/** File uploads take larger bodies than the rest of the API, so they are mounted apart. */
export const publicUploads = new Hono<AppEnv>()

const uploadDoc = describeRoute({
  summary: 'Add an attachment (multipart/form-data)',
  description: `At most ${MAX_ATTACHMENT_BYTES / 1024 / 1024} MB; the file's bytes decide its type. The application's own files (${MAX_ATTACHMENTS}) while the applicant may edit it; kind \`report\`: up to ${MAX_REPORT_FILES} photos (JPEG, PNG) or PDFs for the report, from the award until settlement.`,
  upload: uploadForm,
  status: 201,
  returns: shapes.publicAttachment,
  errors: [409],
})

publicUploads.post('/applications/:token/attachments', uploadDoc, uploadLimit, async (c) => {
  const application = await byToken(c)
  const { file, kind } = await uploadFields(c)
  const db = c.get('db')
  const stored = await addAttachment(
    db,
    c.env.FILES,
    application,
    applicant(application),
    file,
    kind,
  )
  return c.json(publicAttachment(stored), 201)
})

export default publicApi
