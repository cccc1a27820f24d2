import { Hono } from 'hono'
import * as z from 'zod'
import { MESSAGE_KINDS, MESSAGE_STATUSES, messages } from '../db/schema'
import { type Role, ownNetworks, requireRole } from '../lib/access'
import type { AppEnv } from '../lib/context'
import { belongsTo, equals, idEquals } from '../lib/list-query'
import { mailSenderOf } from '../lib/mail'
import { describeRoute } from '../lib/openapi'
import { staffBody } from '../lib/message-templates'
import { networkParts, resource } from '../lib/resource'

/**
 * The outbox is read by admins (all) and coordinators (their networks): they see contact data
 * anyway. Reviewers and finance have no business with what applicants were told.
 */
const READ_ROLES: readonly Role[] = ['admin', 'coordinator']

/** Read-only: messages are written with the events they report and sent by the outbox job. */
const messageResource = resource({
  name: 'messages',
  table: messages,
  // The private link is never read: it would let staff act as the applicant.
  fields: {
    id: messages.id,
    applicationId: messages.applicationId,
    userId: messages.userId,
    networkId: messages.networkId,
    kind: messages.kind,
    locale: messages.locale,
    toAddress: messages.toAddress,
    subject: messages.subject,
    body: messages.body,
    status: messages.status,
    attempts: messages.attempts,
    lastError: messages.lastError,
    sentAt: messages.sentAt,
    createdAt: messages.createdAt,
    updatedAt: messages.updatedAt,
  },
  present: (row) => ({ ...row, body: staffBody(String(row.body)) }),
  list: {
    // Messages are numbered as they are written, so the primary key orders them by creation.
    sort: { id: messages.id, createdAt: messages.id },
    defaultSort: ['createdAt', 'DESC'],
    filters: {
      applicationId: belongsTo(messages, messages.applicationId),
      networkId: idEquals(messages.networkId),
      kind: equals(messages.kind, z.enum(MESSAGE_KINDS)),
      status: equals(messages.status, z.enum(MESSAGE_STATUSES)),
    },
    search: [messages.subject, messages.toAddress],
  },
  readRoles: READ_ROLES,
  scope: (user) => ownNetworks(user, messages.networkId),
  parts: networkParts(messages.networkId),
  totals: 'bounded',
})

const app = new Hono<AppEnv>()

const deliveryDoc = describeRoute({
  summary: 'Whether messages are sent (a mail API is configured) or wait in the outbox',
  returns: z.object({ configured: z.boolean() }),
})

// Before the resource's GET /:id, which would take "delivery" for an id.
app.get('/delivery', deliveryDoc, requireRole(...READ_ROLES), (c) =>
  c.json({ configured: mailSenderOf(c.env) !== undefined }),
)

app.route('/', messageResource)

export default app
