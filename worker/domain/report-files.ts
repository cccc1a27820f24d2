import type { ApplicationStatus } from './application-status'

/** How many photos or other files an initiative may add to its report (apart from its application's). */
export const MAX_REPORT_FILES = 5

/** What a report file may be, judged by its content: photos and PDFs, nothing to run or edit. */
const REPORT_FILE_TYPES = ['image/jpeg', 'image/png', 'application/pdf'] as const

/**
 * Statuses in which an initiative adds files to its report: from the award, before and after it
 * sends the report itself, until the network has settled it and the file is closed.
 */
export const REPORT_FILE_STATUSES = ['awarded', 'reported'] as const

/** Whether files can be added to (or taken from) the report of an application in this status. */
export function acceptsReportFiles(status: ApplicationStatus): boolean {
  return (REPORT_FILE_STATUSES as readonly ApplicationStatus[]).includes(status)
}

/** Whether a file of this sniffed content type may go with a report. */
export function isReportFileType(contentType: string): boolean {
  return (REPORT_FILE_TYPES as readonly string[]).includes(contentType)
}
