import type { APPLICANT_TYPES, BUDGET_CATEGORIES } from '../db/schema'
import type { MessageKey, MessageParams } from '../lib/messages'
import { daysBetween } from './decision-due'

export type ApplicantType = (typeof APPLICANT_TYPES)[number]
export type BudgetCategory = (typeof BUDGET_CATEGORIES)[number]

export interface BudgetLineFacts {
  description: string
  category: BudgetCategory
  amountCents: number
}

/** What the applicant has filled in; '' / undefined / 0 / false / [] when not given. */
export interface ApplicationFacts {
  applicantType: ApplicantType | undefined
  organisationName: string
  kvkNumber: string
  contactName: string
  email: string
  title: string
  summary: string
  description: string
  priorityIds: number[]
  targetGroup: string
  goal: string
  expectedParticipants: number | undefined
  volunteers: number | undefined
  startsOn: string | undefined
  endsOn: string | undefined
  /** Normalized: '3811' or '3811 AB'. */
  postcode: string
  requestedCents: number
  ownContributionCents: number
  ownContributionHours: number
  supporters: number
  /** Normalized, see normalizeIban. */
  iban: string
  accountHolder: string
  worksWithVulnerable: boolean
  vogConfirmed: boolean
  /** Open to all residents, non-profit, any entry fee symbolic. */
  openToAll: boolean
  privacyConsent: boolean
  budgetLines: BudgetLineFacts[]
}

/** The parts of a plan that decide whether an application may be submitted to it. */
export interface PlanFacts {
  status: 'draft' | 'open' | 'closed'
  opensOn: string
  closesOn: string
  maxGrantCents: number
  priorityIds: number[]
  /** The network's 4-digit postcode areas; empty means no area check. */
  postcodes: string[]
}

/** One problem, on the API field it belongs to (`budgetLines.2.amountCents`, `planId`). */
export interface Finding {
  field: string
  key: MessageKey
  params?: MessageParams
}

/** Errors block submission; warnings are shown to the applicant and flagged for the panel. */
export interface Eligibility {
  errors: Finding[]
  warnings: Finding[]
}

/** Above this amount only a foundation or association may apply (DOMAIN: eligibility 2). */
export const LARGE_GRANT_CENTS = 500_000

/** Warn when the activity starts sooner than this many days (6 weeks) after applying. */
export const START_WARNING_DAYS = 42

/** Budget categories that are usually not funded; lines in them are flagged for the panel. */
export const FLAGGED_CATEGORIES: readonly BudgetCategory[] = [
  'food_drink',
  'alcohol',
  'salaries',
  'gifts',
  'equipment',
  'structural',
]

/** Supporters needed, by the highest amount in cents each count covers (DOMAIN: eligibility 9). */
const SUPPORTER_STEPS = [
  { upToCents: 100_000, supporters: 5 },
  { upToCents: LARGE_GRANT_CENTS, supporters: 15 },
] as const
const SUPPORTERS_ABOVE = 25

const ORGANISATION_TYPES: readonly ApplicantType[] = ['foundation', 'association']

const REQUIRED_TEXT = [
  'contactName',
  'email',
  'title',
  'summary',
  'description',
  'targetGroup',
  'goal',
  'postcode',
  'iban',
  'accountHolder',
] as const

/** How many neighbours must support an application for this amount: 5, 15 or 25. */
export function requiredSupporters(requestedCents: number): number {
  const step = SUPPORTER_STEPS.find((s) => requestedCents <= s.upToCents)
  return step?.supporters ?? SUPPORTERS_ABOVE
}

/** Whether budget lines in this category are flagged for the panel as usually not funded. */
export function isFlagged(category: BudgetCategory): boolean {
  return FLAGGED_CATEGORIES.includes(category)
}

/**
 * Everything that stands in the way of submitting this application to this plan today (errors),
 * and what the applicant and the panel should know without it blocking anything (warnings).
 */
export function submissionFindings(
  app: ApplicationFacts,
  plan: PlanFacts,
  today: string,
): Eligibility {
  return {
    errors: [
      ...planFindings(plan, today),
      ...applicantFindings(app),
      ...completenessFindings(app),
      ...priorityFindings(app, plan),
      ...dateFindings(app, today),
      ...postcodeFindings(app, plan),
      ...amountFindings(app, plan),
      ...budgetLineFindings(app),
      ...conditionFindings(app),
    ],
    warnings: softWarnings(app.startsOn, app.budgetLines, today),
  }
}

/**
 * The warnings of submissionFindings from just the facts they depend on, so a submitted
 * application can show them to the panel without loading everything else: a start less than 6
 * weeks away, and each budget line in a flagged category.
 */
export function softWarnings(
  startsOn: string | undefined,
  budgetLines: BudgetLineFacts[],
  today: string,
): Finding[] {
  return [...startWarnings(startsOn, today), ...flaggedLineWarnings(budgetLines)]
}

/** Whether the plan takes applications today: open, and today within its dates. */
export function isTakingApplications(plan: PlanFacts, today: string): boolean {
  return plan.status === 'open' && plan.opensOn <= today && today <= plan.closesOn
}

function planFindings(plan: PlanFacts, today: string): Finding[] {
  return isTakingApplications(plan, today) ? [] : [{ field: 'planId', key: 'planClosed' }]
}

function applicantFindings(app: ApplicationFacts): Finding[] {
  if (!app.applicantType) return [{ field: 'applicantType', key: 'required' }]
  if (!ORGANISATION_TYPES.includes(app.applicantType)) return []
  const findings: Finding[] = []
  if (!app.organisationName.trim()) findings.push({ field: 'organisationName', key: 'required' })
  if (!/^\d{8}$/.test(app.kvkNumber.trim())) {
    findings.push({ field: 'kvkNumber', key: 'invalidKvk' })
  }
  return findings
}

function completenessFindings(app: ApplicationFacts): Finding[] {
  const missing = REQUIRED_TEXT.filter((field) => !app[field].trim())
  const findings: Finding[] = missing.map((field) => ({ field, key: 'required' }))
  if (!app.startsOn) findings.push({ field: 'startsOn', key: 'required' })
  if (!app.endsOn) findings.push({ field: 'endsOn', key: 'required' })
  if (app.expectedParticipants === undefined) {
    findings.push({ field: 'expectedParticipants', key: 'required' })
  } else if (app.expectedParticipants < 1) {
    findings.push({ field: 'expectedParticipants', key: 'tooSmall', params: { min: 1 } })
  }
  return findings
}

function priorityFindings(app: ApplicationFacts, plan: PlanFacts): Finding[] {
  if (app.priorityIds.length === 0) return [{ field: 'priorityIds', key: 'priorityRequired' }]
  if (app.priorityIds.every((id) => plan.priorityIds.includes(id))) return []
  const params = { options: plan.priorityIds.join(', ') }
  return [{ field: 'priorityIds', key: 'invalidOption', params }]
}

function dateFindings(app: ApplicationFacts, today: string): Finding[] {
  const findings: Finding[] = []
  if (app.startsOn && app.startsOn <= today) {
    findings.push({ field: 'startsOn', key: 'startsNotAfterToday' })
  }
  if (app.startsOn && app.endsOn && app.endsOn < app.startsOn) {
    findings.push({ field: 'endsOn', key: 'endsBeforeStart' })
  }
  return findings
}

function postcodeFindings(app: ApplicationFacts, plan: PlanFacts): Finding[] {
  const postcode = app.postcode.trim()
  if (!postcode || plan.postcodes.length === 0) return []
  if (plan.postcodes.includes(postcode.slice(0, 4))) return []
  const params = { postcodes: plan.postcodes.join(', ') }
  return [{ field: 'postcode', key: 'postcodeOutsideArea', params }]
}

function amountFindings(app: ApplicationFacts, plan: PlanFacts): Finding[] {
  const requested = app.requestedCents
  if (requested < 1) return [{ field: 'requestedCents', key: 'required' }]
  const findings: Finding[] = []
  if (requested > plan.maxGrantCents) {
    const params = { max: { cents: plan.maxGrantCents } }
    findings.push({ field: 'requestedCents', key: 'requestedAboveMax', params })
  }
  const costs = app.budgetLines.reduce((sum, line) => sum + line.amountCents, 0)
  // Without any budget lines the missing budget is the one thing to fix, not the amount.
  if (app.budgetLines.length > 0 && requested > costs) {
    findings.push({ field: 'requestedCents', key: 'requestedAboveCosts' })
  }
  // An applicant who has not chosen a type is already told to; the amount adds nothing then.
  const type = app.applicantType
  if (requested > LARGE_GRANT_CENTS && type && !ORGANISATION_TYPES.includes(type)) {
    const params = { max: { cents: LARGE_GRANT_CENTS } }
    findings.push({ field: 'applicantType', key: 'largeGrantNeedsOrganisation', params })
  }
  return findings
}

function budgetLineFindings(app: ApplicationFacts): Finding[] {
  if (app.budgetLines.length === 0) return [{ field: 'budgetLines', key: 'budgetLinesRequired' }]
  return app.budgetLines.flatMap((line, i) => {
    const findings: Finding[] = []
    if (!line.description.trim()) {
      findings.push({ field: `budgetLines.${i}.description`, key: 'required' })
    }
    if (line.amountCents <= 0) {
      findings.push({ field: `budgetLines.${i}.amountCents`, key: 'required' })
    }
    return findings
  })
}

function conditionFindings(app: ApplicationFacts): Finding[] {
  const findings: Finding[] = []
  if (app.ownContributionCents + app.ownContributionHours <= 0) {
    findings.push({ field: 'ownContributionCents', key: 'ownContributionRequired' })
  }
  const min = requiredSupporters(app.requestedCents)
  if (app.supporters < min) {
    findings.push({ field: 'supporters', key: 'tooFewSupporters', params: { min } })
  }
  if (!app.openToAll) findings.push({ field: 'openToAll', key: 'openToAllRequired' })
  if (app.worksWithVulnerable && !app.vogConfirmed) {
    findings.push({ field: 'vogConfirmed', key: 'vogRequired' })
  }
  if (!app.privacyConsent) findings.push({ field: 'privacyConsent', key: 'privacyConsentRequired' })
  return findings
}

function startWarnings(startsOn: string | undefined, today: string): Finding[] {
  if (!startsOn || startsOn <= today) return []
  if (daysBetween(today, startsOn) >= START_WARNING_DAYS) return []
  return [{ field: 'startsOn', key: 'startsSoon', params: { weeks: START_WARNING_DAYS / 7 } }]
}

function flaggedLineWarnings(budgetLines: BudgetLineFacts[]): Finding[] {
  return budgetLines.flatMap((line, i) =>
    isFlagged(line.category)
      ? [{ field: `budgetLines.${i}.category`, key: 'flaggedCategory' }]
      : [],
  )
}
