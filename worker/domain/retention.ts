import type { APPLICANT_TYPES } from '../db/schema'
import { ACCOUNT_HOLDER_FIELDS, CONTACT_FIELDS, HIDDEN, IBAN_FIELD } from '../lib/personal-data'
import type { ApplicationStatus } from './application-status'
import { addDays } from './decision-due'

/** Days an unsubmitted draft is kept after its last change (DOMAIN: privacy). */
export const DRAFT_DAYS = 90

/**
 * Years a closed file keeps its personal data, counted from the day it closed (Selectielijst
 * gemeenten 2020): an award closes at its settlement, after which its payments are kept as long.
 */
export const RETENTION_YEARS = { withdrawn: 1, rejected: 5, settled: 7 } as const

export type ClosedStatus = keyof typeof RETENTION_YEARS

export const CLOSED_STATUSES = Object.keys(RETENTION_YEARS) as ClosedStatus[]

const isClosed = (status: ApplicationStatus): status is ClosedStatus => status in RETENTION_YEARS

/**
 * The same calendar day `years` later. 29 February moves to 1 March in a year without it, so a
 * term is never cut short.
 */
export function addYears(date: string, years: number): string {
  const [year, month, day] = date.split('-').map(Number)
  return new Date(Date.UTC(year + years, month - 1, day)).toISOString().slice(0, 10)
}

export interface RetentionFacts {
  status: ApplicationStatus
  /** The day the file closed (withdrawn, refused or settled); null while it is open. */
  closedOn: string | null
  /** The Dutch calendar day of the last change: what counts for a draft. */
  lastChangedOn: string
  /** Whether payouts are still scheduled or in a batch: then the account is still needed. */
  openPayouts?: boolean
}

export interface Retention {
  /** A draft was never handed in and goes whole; a closed file keeps its amounts and decision. */
  action: 'delete' | 'anonymise'
  /** The first day the personal data must be gone. */
  dueOn: string
}

/**
 * When a file's personal data must go, or null while no term runs. A draft goes 90 days after
 * its last change. A closed file is anonymised once its term since closing has passed. Files
 * still being handled (submitted, information asked, awarded, reported) have no term yet: an
 * award closes only at its settlement, so an awarded file that is never settled keeps its data
 * until it is. Neither does a file with payments still under way.
 */
export function retentionOf(facts: RetentionFacts): Retention | null {
  if (facts.status === 'draft') {
    return { action: 'delete', dueOn: addDays(facts.lastChangedOn, DRAFT_DAYS) }
  }
  if (!isClosed(facts.status) || !facts.closedOn || facts.openPayouts) return null
  return { action: 'anonymise', dueOn: addYears(facts.closedOn, RETENTION_YEARS[facts.status]) }
}

export function isDue(retention: Retention | null, today: string): retention is Retention {
  return retention !== null && retention.dueOn <= today
}

/**
 * The last closing day, per status, of files whose term has passed by `today`: exactly the days
 * `retentionOf` calls due, so the database can be asked for them.
 */
export function closedOnOrBefore(today: string): Record<ClosedStatus, string> {
  const last = (years: number) => {
    const day = addYears(today, -years)
    // Counting back from 29 February lands on 1 March, whose term ends only tomorrow.
    return addYears(day, years) > today ? addDays(day, -1) : day
  }
  return {
    withdrawn: last(RETENTION_YEARS.withdrawn),
    rejected: last(RETENTION_YEARS.rejected),
    settled: last(RETENTION_YEARS.settled),
  }
}

/** The last day of change of drafts that are due for deletion by `today`. */
export function draftsChangedOnOrBefore(today: string): string {
  return addDays(today, -DRAFT_DAYS)
}

type ApplicantType = (typeof APPLICANT_TYPES)[number]

/** Foundations and associations may stay named; a resident's or a group's name is about people. */
export function keepsOrganisationName(type: ApplicantType | null): boolean {
  return type === 'foundation' || type === 'association'
}

/** What stands in for an erased value in the audit log: what the panel shows for a hidden one. */
export const ERASED = HIDDEN

/**
 * Fields, under the names records and audit entries use, whose values identify or reach a person
 * or may hold anything about one: contact data and bank accounts (as the panel masks them),
 * messages to the applicant, file names and finance's notes on an account change.
 */
const PERSONAL_FIELDS: ReadonlySet<string> = new Set([
  ...CONTACT_FIELDS,
  ...ACCOUNT_HOLDER_FIELDS,
  IBAN_FIELD,
  'body',
  'privateLink',
  'lastError',
  'filename',
  'note',
])

type Eraser = (value: unknown) => unknown

const erase: Eraser = (value) => (value === null || value === undefined ? value : ERASED)
// A full postcode narrows a place down to a few houses; its 4-digit area is a statistic.
const toArea: Eraser = (value) => (typeof value === 'string' ? value.slice(0, 4) : erase(value))

/**
 * Audit changes with the personal values of an anonymised file erased, at any depth, in
 * `[old, new]` pairs and in plain values; an empty value stays empty. Undefined when nothing
 * changes, so only entries that held personal data are rewritten.
 */
export function erasedChanges(changes: unknown, keepOrganisation: boolean): unknown {
  const eraserOf = (field: string): Eraser | undefined => {
    if (PERSONAL_FIELDS.has(field)) return erase
    if (field === 'postcode') return toArea
    if (field === 'organisationName' && !keepOrganisation) return erase
    return undefined
  }
  const walk = (value: unknown, eraser?: Eraser): unknown => {
    if (Array.isArray(value)) return value.map((item) => walk(item, eraser))
    if (eraser) return eraser(value)
    if (value === null || typeof value !== 'object') return value
    return Object.fromEntries(
      Object.entries(value).map(([field, inner]) => [field, walk(inner, eraserOf(field))]),
    )
  }
  const erased = walk(changes)
  return JSON.stringify(erased) === JSON.stringify(changes) ? undefined : erased
}
