import { Hono } from 'hono'
import { bodyLimit } from 'hono/body-limit'
import { createMiddleware } from 'hono/factory'
import { secureHeaders } from 'hono/secure-headers'
import { createDb } from './db/client'
import { keepBookmark, openSession } from './db/session'
import { benchMetrics } from './lib/bench-metrics'
import type { AppEnv } from './lib/context'
import { sameOrigin } from './lib/csrf'
import { ApiError, handleError } from './lib/errors'
import { localeFrom } from './lib/messages'
import { requireUser } from './lib/session'
import { apiDocs } from './openapi/routes'
import applications from './routes/applications'
import attachments from './routes/attachments'
import auditLog from './routes/audit-log'
import auth from './routes/auth'
import bankChanges from './routes/bank-changes'
import bankFiles from './routes/bank-files'
import criteria from './routes/criteria'
import dashboard from './routes/dashboard'
import decisions from './routes/decisions'
import members from './routes/members'
import messages from './routes/messages'
import networks from './routes/networks'
import pages from './routes/pages'
import payoutBatches from './routes/payout-batches'
import payouts from './routes/payouts'
import plans from './routes/plans'
import publicApi, { publicUploads } from './routes/public'
import reports from './routes/reports'
import reviews from './routes/reviews'
import priorities from './routes/priorities'
import users from './routes/users'

/** API bodies are small JSON documents; anything larger is refused before it is read. */
const MAX_JSON_BYTES = 256 * 1024

const setup = createMiddleware<AppEnv>(async function setup(c, next) {
  c.set('locale', localeFrom(c.req.header('accept-language')))
  const opened = openSession(c)
  c.set('db', createDb(opened.session))
  await next()
  keepBookmark(c, opened)
})

/** API answers carry personal data: no cache may keep them. */
const noStore = createMiddleware<AppEnv>(async function noStore(c, next) {
  await next()
  c.header('Cache-Control', 'no-store')
})

const api = new Hono<AppEnv>()
api.use(noStore)
api.use(sameOrigin)
api.route('/public', publicUploads)
api.use(
  bodyLimit({
    maxSize: MAX_JSON_BYTES,
    onError: () => {
      throw new ApiError(413, 'tooLarge')
    },
  }),
)
api.route('/public', publicApi)
api.route('/auth', auth)
// The whole app's description: `app` is complete by the time a request asks for it.
api.route(
  '/',
  apiDocs(() => app),
)
api.use(requireUser)
api.route('/users', users)
api.route('/networks', networks)
api.route('/members', members)
api.route('/plans', plans)
api.route('/priorities', priorities)
api.route('/criteria', criteria)
api.route('/applications', applications)
api.route('/attachments', attachments)
api.route('/reviews', reviews)
api.route('/decisions', decisions)
api.route('/payouts', payouts)
api.route('/payout-batches', bankFiles)
api.route('/payout-batches', payoutBatches)
api.route('/bank-changes', bankChanges)
api.route('/reports', reports)
api.route('/audit-log', auditLog)
api.route('/messages', messages)
api.route('/dashboard', dashboard)
api.all('*', () => {
  throw new ApiError(404, 'notFound')
})

// `/en/` is the English home page as much as `/en`.
const app = new Hono<AppEnv>({ strict: false })
app.use(benchMetrics)
app.use(secureHeaders())
app.use(setup)
app.onError(handleError)
app.route('/api', api)
// The applicant's pages, in Dutch and under /en in English; they answer every other path too.
app.route('/en', pages)
app.route('/', pages)

export default app
