import type { ApplicationInput } from '../services/application-input'
import type { Locale } from './messages'

/**
 * What a plain HTML form posts (`parseBody({ all: true })`): a string per field, a list for
 * repeated fields, and files for file inputs, which the application form has none of.
 */
export type FormBody = Record<string, string | File | (string | File)[]>

/** Free text and choices, posted as typed. `applicantType` is the chosen radio's value. */
export const TEXT_FIELDS = [
  'applicantType',
  'organisationName',
  'kvkNumber',
  'contactName',
  'email',
  'phone',
  'title',
  'summary',
  'description',
  'targetGroup',
  'goal',
  'postcode',
  'otherFunding',
  'iban',
  'accountHolder',
] as const
/** Whole numbers: people, hours, supporters. */
export const COUNT_FIELDS = [
  'expectedParticipants',
  'volunteers',
  'ownContributionHours',
  'supporters',
] as const
/** Amounts typed in euros, named after the cents the API takes. */
export const AMOUNT_FIELDS = ['requestedCents', 'ownContributionCents'] as const
export const DATE_FIELDS = ['startsOn', 'endsOn'] as const
export const CHECK_FIELDS = [
  'openToAll',
  'worksWithVulnerable',
  'vogConfirmed',
  'privacyConsent',
] as const

type TextField = (typeof TEXT_FIELDS)[number]
type CountField = (typeof COUNT_FIELDS)[number]
type AmountField = (typeof AMOUNT_FIELDS)[number]
type DateField = (typeof DATE_FIELDS)[number]
type CheckField = (typeof CHECK_FIELDS)[number]

/** One budget row as typed: the amount in euros. */
export interface BudgetLineValues {
  description: string
  category: string
  amount: string
}

/** The form as the person filled it in, to show it again exactly so: nothing typed is lost. */
export type FormValues = Record<TextField | CountField | AmountField | DateField, string> &
  Record<CheckField, boolean> & {
    priorityIds: number[]
    budgetLines: BudgetLineValues[]
  }

/** Why a typed value could not even be read; the views say it in the reader's language. */
export type FormProblem = 'amount' | 'count' | 'date' | 'option'

/** How the two submit buttons say what to do; pressing Enter in a field sends the first (save). */
export type Intent = 'save' | 'submit'

export interface ApplicationForm {
  values: FormValues
  /** In the shape `applicationInput` parses; unreadable values are left out. */
  input: Record<string, unknown>
  /** Fields (API names, `budgetLines.1.amountCents`) whose value could not be read. */
  problems: Record<string, FormProblem>
  /** `undefined` when the button's value is not one of ours. */
  intent: Intent | undefined
  /** The honeypot: people never see it, so anything in it was filled in by a robot. */
  honeypot: string
}

/** The budget rows the form shows, and reads back (the API takes at most 20 lines). */
export const BUDGET_ROWS = 5
const MAX_BUDGET_ROWS = 21

function first(body: FormBody, name: string): string {
  const value = body[name]
  const one = Array.isArray(value) ? value[0] : value
  return typeof one === 'string' ? one : ''
}

function all(body: FormBody, name: string): string[] {
  const value = body[name]
  const list = Array.isArray(value) ? value : value === undefined ? [] : [value]
  return list.filter((v): v is string => typeof v === 'string')
}

/**
 * Euros as people type them, to integer cents: `500`, `500,50`, `1.250,00`, `€ 1.250,-`, and
 * English `1,250.50`. A separator followed by one or two digits is the decimal one; groups of three
 * after a separator are thousands. Returns undefined for nothing typed, null for what is not an
 * amount (never NaN).
 */
export function parseEuros(typed: string): number | undefined | null {
  const text = typed.replace(/[\s\u00a0€]/g, '').replace(/[,.]-$/, '')
  if (text === '') return undefined
  const match = /^(\d{1,3}(?:([.,])\d{3})*|\d+)(?:([.,])(\d{1,2}))?$/.exec(text)
  if (!match) return null
  const [, whole, thousands, decimal, fraction = ''] = match
  if (thousands && decimal === thousands) return null
  const euros = thousands ? whole.replaceAll(thousands, '') : whole
  // Beyond this, cents stop being exact integers; no grant comes near it.
  if (euros.length > 12) return null
  return Number(euros) * 100 + Number(fraction.padEnd(2, '0'))
}

/** A whole number as typed (`12`, ` 12 `); undefined for nothing typed, null for anything else. */
export function parseCount(typed: string): number | undefined | null {
  const text = typed.trim()
  if (text === '') return undefined
  return /^\d{1,9}$/.test(text) ? Number(text) : null
}

/**
 * A date as people type it, `15-1-2027` or `15/01/2027` (day first), or as ISO `2027-01-15`;
 * undefined for nothing typed, null for anything else, including days that do not exist.
 */
export function parseDate(typed: string): string | undefined | null {
  const text = typed.trim()
  if (text === '') return undefined
  const parts =
    /^(\d{4})-(\d{2})-(\d{2})$/.exec(text)?.slice(1) ??
    /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})$/.exec(text)?.slice(1).reverse()
  if (!parts) return null
  const [year, month, day] = parts.map(Number)
  const date = new Date(Date.UTC(year, month - 1, day))
  if (date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null
  return date.toISOString().slice(0, 10)
}

/** An ISO date as the form shows it: `2027-01-15` → `15-01-2027`. */
export function isoToTyped(iso: string | undefined): string {
  if (!iso) return ''
  const [year, month, day] = iso.split('-')
  return `${day}-${month}-${year}`
}

function readBudgetLines(body: FormBody): BudgetLineValues[] {
  const rows: BudgetLineValues[] = []
  for (let i = 0; i < MAX_BUDGET_ROWS; i++) {
    const row = {
      description: first(body, `budgetLines.${i}.description`),
      category: first(body, `budgetLines.${i}.category`),
      amount: first(body, `budgetLines.${i}.amount`),
    }
    // Rows left empty are not lines; the rest move up, so field errors number them as shown.
    if (row.description.trim() || row.category || row.amount.trim()) rows.push(row)
  }
  return rows
}

function readIntent(typed: string): Intent | undefined {
  if (typed === '' || typed === 'save') return 'save'
  return typed === 'submit' ? 'submit' : undefined
}

/**
 * Turns the posted application form into what `applicationInput` parses: euros into integer cents,
 * checkboxes into booleans, the repeated priority checkbox into ids, filled budget rows into lines,
 * and empty fields into "not given". Values that cannot be read become `problems` on their field.
 */
export function readApplicationForm(body: FormBody): ApplicationForm {
  const problems: Record<string, FormProblem> = {}
  const input: Record<string, unknown> = {}
  const values = {} as FormValues

  for (const field of TEXT_FIELDS) {
    values[field] = first(body, field)
    if (values[field].trim() !== '') input[field] = values[field]
  }
  const readers = [
    [COUNT_FIELDS, parseCount, 'count'],
    [AMOUNT_FIELDS, parseEuros, 'amount'],
    [DATE_FIELDS, parseDate, 'date'],
  ] as const
  for (const [fields, read, problem] of readers) {
    for (const field of fields) {
      values[field] = first(body, field)
      const value = read(values[field])
      if (value === null) problems[field] = problem
      else if (value !== undefined) input[field] = value
    }
  }
  for (const field of CHECK_FIELDS) {
    values[field] = first(body, field) !== ''
    input[field] = values[field]
  }

  const priorities = all(body, 'priorityIds')
  values.priorityIds = priorities.filter((id) => /^\d{1,9}$/.test(id)).map(Number)
  if (values.priorityIds.length !== priorities.length) problems.priorityIds = 'option'
  input.priorityIds = values.priorityIds

  values.budgetLines = readBudgetLines(body)
  input.budgetLines = values.budgetLines.map((row, i) => {
    const amountCents = parseEuros(row.amount)
    if (amountCents === null) problems[`budgetLines.${i}.amountCents`] = 'amount'
    return {
      description: row.description,
      category: row.category || undefined,
      amountCents: amountCents ?? undefined,
    }
  })

  return {
    values,
    input,
    problems,
    intent: readIntent(first(body, 'intent')),
    honeypot: first(body, 'website'),
  }
}

/** Cents as people type euros in this language: `1250`, `1250,50` (nl) or `1250.50` (en). */
export function centsToEuros(cents: number, locale: Locale): string {
  const euros = Math.floor(cents / 100)
  const rest = cents % 100
  if (rest === 0) return String(euros)
  return `${euros}${locale === 'nl' ? ',' : '.'}${String(rest).padStart(2, '0')}`
}

/** The form's values for a stored application; zeros the person never typed stay empty. */
export function formValuesOf(stored: ApplicationInput, locale: Locale): FormValues {
  const count = (n: number | undefined) => (n === undefined ? '' : String(n))
  const positive = (n: number) => (n > 0 ? String(n) : '')
  const amount = (cents: number) => (cents > 0 ? centsToEuros(cents, locale) : '')
  return {
    applicantType: stored.applicantType ?? '',
    organisationName: stored.organisationName,
    kvkNumber: stored.kvkNumber,
    contactName: stored.contactName,
    email: stored.email,
    phone: stored.phone,
    title: stored.title,
    summary: stored.summary,
    description: stored.description,
    targetGroup: stored.targetGroup,
    goal: stored.goal,
    postcode: stored.postcode,
    otherFunding: stored.otherFunding,
    iban: stored.iban,
    accountHolder: stored.accountHolder,
    expectedParticipants: count(stored.expectedParticipants),
    volunteers: count(stored.volunteers),
    ownContributionHours: positive(stored.ownContributionHours),
    supporters: positive(stored.supporters),
    requestedCents: amount(stored.requestedCents),
    ownContributionCents: amount(stored.ownContributionCents),
    startsOn: isoToTyped(stored.startsOn),
    endsOn: isoToTyped(stored.endsOn),
    openToAll: stored.openToAll,
    worksWithVulnerable: stored.worksWithVulnerable,
    vogConfirmed: stored.vogConfirmed,
    privacyConsent: stored.privacyConsent,
    priorityIds: stored.priorityIds,
    budgetLines: stored.budgetLines.map((line) => ({
      description: line.description,
      category: line.category,
      amount: centsToEuros(line.amountCents, locale),
    })),
  }
}

/** An empty form. */
export function emptyFormValues(): FormValues {
  return readApplicationForm({}).values
}

/** The report form as the person filled it in, to show it again exactly so. */
export interface ReportValues {
  narrative: string
  participantsReached: string
  actualCostsCents: string
  financialOverview: string
}

export interface ReportForm {
  values: ReportValues
  /** In the shape `reportInput` parses; unreadable values are left out. */
  input: Record<string, unknown>
  /** Fields whose value could not be read. */
  problems: Record<string, FormProblem>
}

/** Turns the posted report form into what `reportInput` parses: euros into cents, a count. */
export function readReportForm(body: FormBody): ReportForm {
  const values: ReportValues = {
    narrative: first(body, 'narrative'),
    participantsReached: first(body, 'participantsReached'),
    actualCostsCents: first(body, 'actualCostsCents'),
    financialOverview: first(body, 'financialOverview'),
  }
  const input: Record<string, unknown> = {}
  const problems: Record<string, FormProblem> = {}
  if (values.narrative.trim() !== '') input.narrative = values.narrative
  if (values.financialOverview.trim() !== '') input.financialOverview = values.financialOverview
  const participants = parseCount(values.participantsReached)
  if (participants === null) problems.participantsReached = 'count'
  else if (participants !== undefined) input.participantsReached = participants
  const costs = parseEuros(values.actualCostsCents)
  if (costs === null) problems.actualCostsCents = 'amount'
  else if (costs !== undefined) input.actualCostsCents = costs
  return { values, input, problems }
}

/** An empty report form. */
export function emptyReportValues(): ReportValues {
  return readReportForm({}).values
}
