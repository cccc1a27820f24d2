import * as z from 'zod'
import {
  APPLICATION_STATUSES,
  ATTACHMENT_KINDS,
  DECISION_OUTCOMES,
  MEMBER_KINDS,
  PAYOUT_KINDS,
  PAYOUT_STATUSES,
  PLAN_STATUSES,
  ROLES,
} from '../db/schema'
import { applicationInput, budgetLineInput } from '../services/application-input'

/*
 * The shapes of answers that no resource record describes, for the API description only: the
 * services build these answers as plain objects, so nothing validates them.
 */

const id = z.number().int().positive()
const date = z.iso.date()
const moment = z.string().meta({ description: 'ISO timestamp (UTC)' })

export const ok = z.object({ ok: z.literal(true) })

export const me = z.object({
  id,
  name: z.string(),
  email: z.string(),
  role: z.enum(ROLES),
  networkIds: z.array(id).meta({ description: 'The networks the user holds a seat in.' }),
})

const part = { id, title: z.string(), description: z.string() }

export const publicPlan = z
  .object({
    id,
    networkId: id,
    networkName: z.string(),
    area: z.string(),
    postcodes: z.array(z.string()),
    year: z.number().int(),
    title: z.string(),
    budgetCents: z.number().int(),
    awardedCents: z.number().int(),
    budgetRemainingCents: z.number().int(),
    maxGrantCents: z.number().int(),
    minScore: z.number().int(),
    opensOn: date,
    closesOn: date,
    status: z.enum(PLAN_STATUSES),
    priorities: z.array(z.object(part)),
    criteria: z.array(z.object({ ...part, weight: z.number().int(), knockout: z.boolean() })),
  })
  .meta({ id: 'PublicPlan' })

const notice = z.object({ field: z.string(), message: z.string() })

export const publicAttachment = z.object({
  id,
  kind: z.enum(ATTACHMENT_KINDS),
  filename: z.string(),
  contentType: z.string(),
  sizeBytes: z.number().int(),
  createdAt: moment,
})

/** What the holder of a private link reads: what they filled in, and what became of it. */
export const applicantView = applicationInput
  .extend({
    planId: id,
    reference: z.string().nullable(),
    status: z.enum(APPLICATION_STATUSES),
    submittedAt: moment.nullable(),
    decisionDueOn: date.nullable(),
    infoDueOn: date.nullable(),
    infoRequest: z.string().nullable(),
    plan: z.object({ id, title: z.string(), networkName: z.string(), year: z.number().int() }),
    budgetLines: z.array(budgetLineInput.extend({ flagged: z.boolean() })),
    editable: z.boolean(),
    withdrawable: z.boolean(),
    missing: z.array(notice).meta({ description: 'What must change before it can be submitted.' }),
    warnings: z.array(notice),
    attachments: z.array(publicAttachment),
    decision: z
      .object({
        outcome: z.enum(DECISION_OUTCOMES),
        amountCents: z.number().int(),
        motivation: z.string(),
        decidedOn: date,
        objectionDeadline: date,
      })
      .nullable(),
    payouts: z.array(
      z.object({
        number: z.number().int(),
        kind: z.enum(PAYOUT_KINDS),
        amountCents: z.number().int(),
        dueOn: date,
        status: z.enum(PAYOUT_STATUSES),
        paidOn: date.nullable(),
      }),
    ),
  })
  .meta({ id: 'ApplicantView' })

export const createdApplication = z.object({
  token: z.string().meta({ description: 'The private link’s secret: shown once, never again.' }),
  url: z.string().meta({ description: 'The private status page.' }),
  application: applicantView,
})

export const panel = z.array(
  z.object({
    memberId: id,
    userId: id,
    name: z.string(),
    kind: z.enum(MEMBER_KINDS),
    conflicted: z.boolean(),
  }),
)

export const ranking = z.object({
  plan: z.object({
    id,
    title: z.string(),
    networkId: id,
    budgetCents: z.number().int(),
    awardedCents: z.number().int(),
    budgetRemainingCents: z.number().int(),
    minScore: z.number().int(),
  }),
  network: z.object({
    memberCount: z.number().int(),
    residentCount: z.number().int(),
    residentShare: z.number(),
    mayDecide: z.boolean(),
  }),
  applications: z.array(
    z
      .object({
        id,
        reference: z.string().nullable(),
        title: z.string(),
        status: z.enum(APPLICATION_STATUSES),
        requestedCents: z.number().int(),
        score: z.number().nullable(),
        reviewCount: z.number().int(),
        decisionDueOn: date.nullable(),
        dueStatus: z.enum(['overdue', 'dueSoon', 'onTime']).nullable(),
        knockout: z.boolean(),
        meetsThreshold: z.boolean(),
        decision: z
          .object({ outcome: z.enum(DECISION_OUTCOMES), amountCents: z.number().int() })
          .nullable(),
        progress: z.object({}).meta({ description: 'Which panel members reviewed it.' }),
      })
      .meta({ description: 'In rank order: score, then residents and volunteers involved.' }),
  ),
})

const sum = { count: z.number().int(), totalCents: z.number().int() }

export const payoutSums = z.object({
  ...sum,
  byStatus: z.object(
    Object.fromEntries(PAYOUT_STATUSES.map((status) => [status, z.object(sum)])) as Record<
      (typeof PAYOUT_STATUSES)[number],
      z.ZodObject<typeof sum>
    >,
  ),
})
