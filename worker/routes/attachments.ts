import { and, ne, sql } from 'drizzle-orm'
import * as z from 'zod'
import { ATTACHMENT_KINDS, attachments } from '../db/schema'
import { type Role, ownNetworks } from '../lib/access'
import { belongsTo, equals } from '../lib/list-query'
import { describeRoute } from '../lib/openapi'
import { networkParts, resource } from '../lib/resource'
import { attachmentResponse, findAttachment } from '../services/attachments'
import { applicationReach } from './applications'

/** Who sees the photos and files of a report: those who settle it. */
const REPORT_READERS: readonly Role[] = ['admin', 'coordinator']

/** Who may read attachments: as who may read the application, report photos excepted. */
const READ_ROLES: readonly Role[] = ['admin', 'coordinator', 'reviewer', 'finance']

/** The stored file in its own content type (a PDF, a photo, a document). */
const contentDoc = describeRoute({
  summary: 'Download an attachment’s file',
  roles: READ_ROLES,
  download: '*/*',
})

/** Files of the applications a staff member may reach; the bytes come from /:id/content. */
const attachment = resource({
  name: 'attachments',
  table: attachments,
  fields: {
    id: attachments.id,
    applicationId: attachments.applicationId,
    reportId: attachments.reportId,
    kind: attachments.kind,
    filename: attachments.filename,
    contentType: attachments.contentType,
    sizeBytes: attachments.sizeBytes,
    createdAt: attachments.createdAt,
  },
  list: {
    sort: { id: attachments.id, createdAt: attachments.createdAt },
    defaultSort: ['id', 'ASC'],
    filters: {
      applicationId: belongsTo(attachments, attachments.applicationId),
      kind: equals(attachments.kind, z.enum(ATTACHMENT_KINDS)),
    },
    search: [attachments.filename],
  },
  readRoles: READ_ROLES,
  // The application decides who may see its files. Report photos show residents: only those who
  // settle the report see them.
  scope: (user) => {
    const reach = sql`EXISTS (SELECT 1 FROM applications a WHERE a.id = attachments.application_id
      AND ${
        applicationReach(user, {
          networkId: sql`a.network_id`,
          status: sql`a.status`,
          submittedAt: sql`a.submitted_at`,
        }) ?? sql`1`
      })`
    // The file's own network (its application's) as well: it lets SQLite read one network's files.
    const files = and(ownNetworks(user, attachments.networkId), reach)
    return REPORT_READERS.includes(user.role) ? files : and(files, ne(attachments.kind, 'report'))
  },
  // A file lies in its application's network, which the scope keeps to the user's own.
  parts: networkParts(attachments.networkId),
  totals: 'bounded',
  routes: (app, read) => {
    app.get('/:id/content', contentDoc, async (c) => {
      const { id, applicationId } = await read(c, c.req.param('id'))
      const found = await findAttachment(c.get('db'), Number(applicationId), Number(id))
      return attachmentResponse(c.env.FILES, found)
    })
  },
})

export default attachment
