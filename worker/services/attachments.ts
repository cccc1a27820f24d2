import { type SQL, and, eq, sql } from 'drizzle-orm'
import type { DB } from '../db/client'
import { ATTACHMENT_KINDS, attachments } from '../db/schema'
import { type ApplicationStatus, isEditableByApplicant } from '../domain/application-status'
import {
  MAX_REPORT_FILES,
  REPORT_FILE_STATUSES,
  acceptsReportFiles,
  isReportFileType,
} from '../domain/report-files'
import { type Actor, auditStatement } from '../lib/audit'
import { nowIso } from '../lib/clock'
import { ApiError, fieldError } from '../lib/errors'
import { contentDisposition, safeFilename, sniffFileType } from '../lib/file-type'
import { inList } from '../lib/list-query'
import type { MessageKey } from '../lib/messages'
import type { StoredApplication } from './applications'

export const MAX_ATTACHMENTS = 5
export const MAX_ATTACHMENT_BYTES = 10 * 1024 * 1024
/** What an applicant may call a file of the application; report files are of kind `report`. */
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

/** When and what an applicant may add: the application's own files, or its report's. */
interface FileRules {
  /** Whether files can be added or removed in this status; else 409 with `closed`. */
  open(status: ApplicationStatus): boolean
  closed: MessageKey
  /** Statuses in which the insert itself may still happen, checked again in SQL. */
  statuses: readonly ApplicationStatus[]
  accepts(contentType: string): boolean
  typeRefused: MessageKey
  max: number
  tooMany: MessageKey
  /** The files that count towards `max`. */
  counted: SQL
}

const APPLICATION_FILES: FileRules = {
  open: isEditableByApplicant,
  closed: 'notEditable',
  statuses: ['draft', 'info_requested'],
  accepts: () => true,
  typeRefused: 'fileType',
  max: MAX_ATTACHMENTS,
  tooMany: 'tooManyAttachments',
  counted: sql`kind <> 'report'`,
}

const REPORT_FILES: FileRules = {
  open: acceptsReportFiles,
  closed: 'reportFilesClosed',
  statuses: REPORT_FILE_STATUSES,
  accepts: isReportFileType,
  typeRefused: 'reportFileType',
  max: MAX_REPORT_FILES,
  tooMany: 'tooManyReportFiles',
  counted: sql`kind = 'report'`,
}

const rulesFor = (kind: AttachmentKind) => (kind === 'report' ? REPORT_FILES : APPLICATION_FILES)

/**
 * Stores a file of an application: its own files while the applicant may still edit it, or (kind
 * `report`) photos and PDFs with its report from the award until settlement. The type is decided
 * by the content, never by the name; the limit is checked in the same statement that inserts, so
 * two uploads at once cannot pass it. A report file belongs to the report once there is one.
 */
export async function addAttachment(
  db: DB,
  bucket: R2Bucket,
  application: StoredApplication,
  actor: Actor,
  file: File,
  kind: AttachmentKind,
): Promise<AttachmentRecord> {
  const rules = rulesFor(kind)
  if (!rules.open(application.status)) throw new ApiError(409, rules.closed)
  if (file.size > MAX_ATTACHMENT_BYTES) throw new ApiError(413, 'fileTooLarge')
  if (file.size === 0) throw fieldError('file', 'fileEmpty')
  const bytes = new Uint8Array(await file.arrayBuffer())
  const type = sniffFileType(bytes)
  if (!type || !rules.accepts(type.contentType)) throw fieldError('file', rules.typeRefused)
  const storageKey = `applications/${application.id}/${crypto.randomUUID()}`
  const filename = safeFilename(formFilename(file.name), type.extension)
  const now = nowIso()
  const reportId =
    kind === 'report'
      ? sql`(SELECT id FROM reports WHERE application_id = ${application.id})`
      : sql`NULL`
  await bucket.put(storageKey, bytes, { httpMetadata: { contentType: type.contentType } })
  const [inserted] = await db.batch([
    db
      .insert(attachments)
      .select(
        sql`SELECT NULL, ${application.id}, ${reportId}, ${application.networkId}, ${kind},
          ${filename}, ${type.contentType}, ${bytes.byteLength}, ${storageKey}, ${now}, ${now}
          WHERE (SELECT count(*) FROM attachments WHERE application_id = ${application.id}
            AND ${rules.counted}) < ${rules.max}
          AND EXISTS (SELECT 1 FROM applications WHERE id = ${application.id}
            AND ${inList(sql`status`, rules.statuses)})`,
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
    throw new ApiError(409, rules.tooMany, { max: rules.max })
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

/**
 * Removes a file while it could still be added: the application's own while the applicant may
 * edit, a report file until the report is settled.
 */
export async function removeAttachment(
  db: DB,
  bucket: R2Bucket,
  application: StoredApplication,
  actor: Actor,
  id: number,
): Promise<void> {
  const found = await findAttachment(db, application.id, id)
  const rules = rulesFor(found.kind)
  if (!rules.open(application.status)) throw new ApiError(409, rules.closed)
  await db.batch([
    db.delete(attachments).where(eq(attachments.id, found.id)),
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
