import * as z from 'zod'
import { APPLICANT_TYPES, BUDGET_CATEGORIES } from '../db/schema'
import { isValidIban, normalizeIban } from '../lib/iban'
import { cents, isoDate, optional, optionalText, text } from '../lib/validation'

/** At most this many budget lines and priorities: enough for any small initiative. */
export const MAX_BUDGET_LINES = 20
const MAX_PRIORITIES = 20

const count = (max: number) => z.number().int().min(0).max(max)

/** A Dutch postcode, `3811` or `3811 AB`, stored in the second form when letters are given. */
const postcode = z
  .string()
  .trim()
  .toUpperCase()
  .regex(/^[1-9][0-9]{3}\s?([A-Z]{2})?$/, 'invalidPostcode')
  .transform((value) => value.replace(/^(\d{4})\s?([A-Z]{2})$/, '$1 $2'))

const iban = z
  .string()
  .transform(normalizeIban)
  .refine((value) => value === '' || isValidIban(value), 'invalidIban')

const kvkNumber = z
  .string()
  .trim()
  .regex(/^(\d{8})?$/, 'invalidKvk')

export const budgetLineInput = z.object({
  description: text(200),
  category: z.enum(BUDGET_CATEGORIES),
  amountCents: cents,
})

/**
 * Everything an applicant fills in, as the public API and the form take it. Every field may be
 * left open while the application is a draft; what submission needs is checked by the eligibility
 * rules, so the applicant hears all that is missing at once.
 */
export const applicationInput = z.object({
  applicantType: optional(z.enum(APPLICANT_TYPES)),
  organisationName: optionalText(200),
  kvkNumber: optional(kvkNumber).transform((v) => v ?? ''),
  contactName: optionalText(200),
  email: optional(z.email().max(254)).transform((v) => v ?? ''),
  phone: optionalText(30),
  title: optionalText(200),
  summary: optionalText(500),
  description: optionalText(5000),
  priorityIds: optional(z.array(z.number().int().positive()).max(MAX_PRIORITIES)).transform(
    (ids) => [...new Set(ids ?? [])],
  ),
  targetGroup: optionalText(500),
  expectedParticipants: optional(count(100_000)),
  volunteers: optional(count(10_000)),
  goal: optionalText(1000),
  startsOn: optional(isoDate),
  endsOn: optional(isoDate),
  postcode: optional(postcode).transform((v) => v ?? ''),
  requestedCents: optional(cents).transform((v) => v ?? 0),
  ownContributionCents: optional(cents).transform((v) => v ?? 0),
  ownContributionHours: optional(count(100_000)).transform((v) => v ?? 0),
  otherFunding: optionalText(1000),
  supporters: optional(count(100_000)).transform((v) => v ?? 0),
  budgetLines: optional(z.array(budgetLineInput).max(MAX_BUDGET_LINES)).transform((v) => v ?? []),
  iban: optional(iban).transform((v) => v ?? ''),
  accountHolder: optionalText(200),
  worksWithVulnerable: optional(z.boolean()).transform(Boolean),
  vogConfirmed: optional(z.boolean()).transform(Boolean),
  openToAll: optional(z.boolean()).transform(Boolean),
  privacyConsent: optional(z.boolean()).transform(Boolean),
})

export type ApplicationInput = z.output<typeof applicationInput>
