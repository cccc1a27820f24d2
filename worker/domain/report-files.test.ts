import { describe, expect, it } from 'vitest'
import { APPLICATION_STATUSES } from '../db/schema'
import { acceptsReportFiles, isReportFileType } from './report-files'

describe('report files', () => {
  it('are taken from the award until the report is settled, and at no other time', () => {
    const open = APPLICATION_STATUSES.filter(acceptsReportFiles)
    expect(open).toEqual(['awarded', 'reported'])
  })

  it('are photos (JPEG, PNG) or PDFs only', () => {
    for (const type of ['image/jpeg', 'image/png', 'application/pdf']) {
      expect(isReportFileType(type)).toBe(true)
    }
    for (const type of [
      'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
      'application/vnd.oasis.opendocument.text',
      'image/gif',
      '',
    ]) {
      expect(isReportFileType(type)).toBe(false)
    }
  })
})
