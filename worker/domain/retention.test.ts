import { describe, expect, it } from 'vitest'
import type { ApplicationStatus } from './application-status'
import { addDays } from './decision-due'
import {
  DRAFT_DAYS,
  ERASED,
  RETENTION_YEARS,
  addYears,
  closedOnOrBefore,
  draftsChangedOnOrBefore,
  erasedChanges,
  isDue,
  keepsOrganisationName,
  retentionOf,
} from './retention'

describe('addYears', () => {
  it.each([
    ['2025-03-10', 1, '2026-03-10'],
    ['2025-12-31', 7, '2032-12-31'],
    ['2024-02-29', 1, '2025-03-01'],
    ['2024-02-29', 4, '2028-02-29'],
    ['2026-03-10', -5, '2021-03-10'],
  ])('%s + %i years is %s', (date, years, result) => {
    expect(addYears(date, years)).toBe(result)
  })
})

describe('retentionOf', () => {
  const closed = (status: ApplicationStatus, closedOn: string | null = '2026-03-10') =>
    retentionOf({ status, closedOn, lastChangedOn: '2026-01-05' })

  it('deletes a draft 90 days after its last change', () => {
    expect(DRAFT_DAYS).toBe(90)
    const draft = retentionOf({ status: 'draft', closedOn: null, lastChangedOn: '2026-01-01' })
    expect(draft).toEqual({ action: 'delete', dueOn: '2026-04-01' })
    expect(isDue(draft, '2026-03-31')).toBe(false)
    expect(isDue(draft, '2026-04-01')).toBe(true)
  })

  it.each([
    ['withdrawn', 1, '2027-03-10'],
    ['rejected', 5, '2031-03-10'],
    ['settled', 7, '2033-03-10'],
  ] as const)('anonymises a %s file %i years after it closed', (status, years, dueOn) => {
    expect(RETENTION_YEARS[status]).toBe(years)
    const retention = closed(status)
    expect(retention).toEqual({ action: 'anonymise', dueOn })
    expect(isDue(retention, addDays(dueOn, -1))).toBe(false)
    expect(isDue(retention, dueOn)).toBe(true)
    expect(isDue(retention, '2040-01-01')).toBe(true)
  })

  it.each(['submitted', 'info_requested', 'awarded', 'reported'] as const)(
    'runs no term while a file is %s: an award closes only at settlement',
    (status) => {
      expect(closed(status, null)).toBeNull()
      expect(isDue(closed(status, null), '2099-12-31')).toBe(false)
    },
  )

  it('keeps a closed file while payments are still under way, and one without a closing day', () => {
    const facts = {
      status: 'settled',
      closedOn: '2020-01-01',
      lastChangedOn: '2020-01-01',
    } as const
    expect(retentionOf({ ...facts, openPayouts: true })).toBeNull()
    expect(retentionOf({ ...facts, closedOn: null })).toBeNull()
  })
})

describe('what the job asks the database', () => {
  it('names exactly the closing days whose term has passed', () => {
    expect(closedOnOrBefore('2033-03-10')).toEqual({
      withdrawn: '2032-03-10',
      rejected: '2028-03-10',
      settled: '2026-03-10',
    })
    expect(draftsChangedOnOrBefore('2026-04-01')).toBe('2026-01-01')
  })

  it('agrees with retentionOf on every day around a leap day', () => {
    const days = Array.from({ length: 800 }, (_, i) =>
      new Date(Date.UTC(2027, 0, 1) + i * 86_400_000).toISOString().slice(0, 10),
    )
    for (const status of ['withdrawn', 'rejected', 'settled'] as const) {
      for (const today of days.slice(300, 800)) {
        const last = closedOnOrBefore(today)[status]
        for (const closedOn of [last, days[days.indexOf(last) + 1]].filter(Boolean)) {
          const due = isDue(retentionOf({ status, closedOn, lastChangedOn: closedOn }), today)
          expect(due, `${status} closed ${closedOn}, today ${today}`).toBe(closedOn <= last)
        }
      }
    }
  })
})

describe('erasedChanges', () => {
  it('erases contact data, accounts, messages and file names in values and [old, new] pairs', () => {
    const changes = {
      contactName: 'Fatima el Amrani',
      email: ['oud@example.org', 'nieuw@example.org'],
      phone: [null, '06 12345678'],
      iban: '***',
      bankAccount: { iban: 'NL91 **** **** 4300', accountHolder: 'F. el Amrani' },
      filename: 'paspoort.pdf',
      toAddress: 'fatima@example.org',
      body: 'Beste Fatima',
      postcode: ['3811 AB', '3812 CD'],
      title: 'Buurtmoestuin',
      requestedCents: 50_000,
      status: ['submitted', 'withdrawn'],
    }
    expect(erasedChanges(changes, false)).toEqual({
      contactName: ERASED,
      email: [ERASED, ERASED],
      phone: [null, ERASED],
      iban: ERASED,
      bankAccount: { iban: ERASED, accountHolder: ERASED },
      filename: ERASED,
      toAddress: ERASED,
      body: ERASED,
      postcode: ['3811', '3812'],
      title: 'Buurtmoestuin',
      requestedCents: 50_000,
      status: ['submitted', 'withdrawn'],
    })
  })

  it('keeps the name of a foundation or association, not that of residents', () => {
    expect(keepsOrganisationName('foundation')).toBe(true)
    expect(keepsOrganisationName('association')).toBe(true)
    expect(keepsOrganisationName('group')).toBe(false)
    expect(keepsOrganisationName('resident')).toBe(false)
    expect(keepsOrganisationName(null)).toBe(false)
    const changes = { organisationName: 'Stichting De Linde' }
    expect(erasedChanges(changes, true)).toBeUndefined()
    expect(erasedChanges(changes, false)).toEqual({ organisationName: ERASED })
  })

  it('answers undefined when there is nothing personal, so erasing twice changes nothing', () => {
    expect(erasedChanges({ status: ['submitted', 'rejected'] }, false)).toBeUndefined()
    expect(erasedChanges(null, false)).toBeUndefined()
    const once = erasedChanges({ email: 'a@example.org', postcode: '3811 AB' }, false)
    expect(erasedChanges(once, false)).toBeUndefined()
  })
})
