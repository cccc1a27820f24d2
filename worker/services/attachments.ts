import { and, eq, isNull, sql } from 'drizzle-orm'
import type { DB } from '../db/client'
import { ATTACHMENT_KINDS, attachments } from '../db/schema'
import { isEditableByApplicant } from '../domain/application-status'
import { type Actor, auditStatement } from '../lib/audit'
import { nowIso } from '../lib/clock'
import { ApiError, fieldError } from '../lib/errors'
import { contentDisposition, safeFilename, sniffFileType } from '../lib/file-type'
import type { StoredApplication } from './applications'

export const MAX_ATTACHMENTS = 5
export const MAX_ATTACHMENT_BYTES = 10 * 1024 * 1024
/** What an applicant may call a file; report photos come with the report. */
export const APPLICANT_ATTACHMENT_KINDS = ATTACHMENT_KINDS.filter((k) => k !== 'report')
export type AttachmentKind = (typeof ATTACHMENT_KINDS)[number]

export interface AttachmentRecord {
  id: number
  applicationId: number
  networkId: number
  kind: AttachmentKind
  filename: string
  contentType: string
  sizeBytes: number
  storageKey: string
  createdAt: string
}

/**
 * A file name as the person chose it: browsers send `"`, CR and LF in a multipart file name
 * percent-encoded (HTML's form encoding), and the form parser leaves them so.
 */
function formFilename(name: string): string {
  return name.replace(/%22/g, '"').replace(/%0D|%0A/gi, ' ')
}

/**
 * Stores a file for an application the applicant may still edit. The type is decided by the
 * content, never by the name; the limit of five is checked in the same statement that inserts,
 * so two uploads at once cannot make six.
 */
export async function addAttachment(
  db: DB,
  bucket: R2Bucket,
  application: StoredApplication,
  actor: Actor,
  file: File,
  kind: AttachmentKind,
): Promise<AttachmentRecord> {
  if (!isEditableByApplicant(application.status)) throw new ApiError(409, 'notEditable')
  if (file.size > MAX_ATTACHMENT_BYTES) throw new ApiError(413, 'fileTooLarge')
  if (file.size === 0) throw fieldError('file', 'fileEmpty')
  const bytes = new Uint8Array(await file.arrayBuffer())
  const type = sniffFileType(bytes)
  if (!type) throw fieldError('file', 'fileType')
  const storageKey = `applications/${application.id}/${crypto.randomUUID()}`
  const filename = safeFilename(formFilename(file.name), type.extension)
  const now = nowIso()
  await bucket.put(storageKey, bytes, { httpMetadata: { contentType: type.contentType } })
  const [inserted] = await db.batch([
    db
      .insert(attachments)
      .select(
        sql`SELECT NULL, ${application.id}, NULL, ${application.networkId}, ${kind}, ${filename},
          ${type.contentType}, ${bytes.byteLength}, ${storageKey}, ${now}, ${now}
          WHERE (SELECT count(*) FROM attachments WHERE application_id = ${application.id}
            AND report_id IS NULL) < ${MAX_ATTACHMENTS}
          AND EXISTS (SELECT 1 FROM applications WHERE id = ${application.id}
            AND status IN ('draft', 'info_requested'))`,
      )
      .returning(),
    auditStatement(db, actor, {
      action: 'create',
      entity: 'attachments',
      entityId: 'inserted',
      networkId: application.networkId,
      changes: { applicationId: application.id, kind, filename, sizeBytes: bytes.byteLength },
      ifChanged: true,
    }),
  ])
  if (inserted.length === 0) {
    await bucket.delete(storageKey)
    throw new ApiError(409, 'tooManyAttachments', { max: MAX_ATTACHMENTS })
  }
  return inserted[0] as AttachmentRecord
}

/** One attachment of an application (report photos included), or 404. */
export async function findAttachment(
  db: DB,
  applicationId: number,
  id: number,
): Promise<AttachmentRecord> {
  const [found] = await db
    .select()
    .from(attachments)
    .where(and(eq(attachments.id, id), eq(attachments.applicationId, applicationId)))
  if (!found) throw new ApiError(404, 'notFound')
  return found as AttachmentRecord
}

/** Removes an application's own attachment while the applicant may still edit. */
export async function removeAttachment(
  db: DB,
  bucket: R2Bucket,
  application: StoredApplication,
  actor: Actor,
  id: number,
): Promise<void> {
  if (!isEditableByApplicant(application.status)) throw new ApiError(409, 'notEditable')
  const found = await findAttachment(db, application.id, id)
  await db.batch([
    db.delete(attachments).where(and(eq(attachments.id, found.id), isNull(attachments.reportId))),
    auditStatement(db, actor, {
      action: 'delete',
      entity: 'attachments',
      entityId: found.id,
      networkId: found.networkId,
      changes: { applicationId: application.id, kind: found.kind, filename: found.filename },
      ifChanged: true,
    }),
  ])
  await bucket.delete(found.storageKey)
}

/**
 * The file as a download: its sniffed type, a safe name, never rendered inline, never cached
 * outside the reader's browser.
 */
export async function attachmentResponse(
  bucket: R2Bucket,
  attachment: AttachmentRecord,
): Promise<Response> {
  const object = await bucket.get(attachment.storageKey)
  if (!object) throw new ApiError(404, 'notFound')
  return new Response(object.body, {
    headers: {
      'Content-Type': attachment.contentType,
      'Content-Length': String(object.size),
      'Content-Disposition': contentDisposition(attachment.filename),
      'Content-Security-Policy': "default-src 'none'; sandbox",
      'X-Content-Type-Options': 'nosniff',
      'Cache-Control': 'private, no-store',
    },
  })
}
