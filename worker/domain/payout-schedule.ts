import { addDays } from './decision-due'

/** The first payment is due within this many days (6 weeks) of the award (DOMAIN: payments). */
export const ADVANCE_DUE_DAYS = 42

/** From this amount on a grant is paid in parts, the last after settlement. */
export const SPLIT_THRESHOLD_CENTS = 500_000

/** Each of the two advances of a split grant, in tenths of a percent: 47.5%. */
const SPLIT_PART_PERMILLE = 475

/** One payment of a grant as planned at the award. */
export interface ScheduledPayout {
  /** 1, 2, 3 per application; part of the SEPA EndToEndId. */
  number: number
  kind: 'advance' | 'installment' | 'final'
  amountCents: number
  /** Null for the final payment: it waits for the settlement, whose date nobody knows yet. */
  dueOn: string | null
}

/**
 * How an award is paid (DOMAIN: payments). Below €5,000: one advance of 100%, due 6 weeks after
 * the decision. From €5,000: an advance of 47.5% due 6 weeks after the decision; an installment
 * of 47.5% due when the activity starts, but never before the advance (and at the advance's date
 * when no start is known); and a final 5% after settlement. Each 47.5% is rounded down to whole
 * cents and the final part takes the rest, so the parts always add up to the award exactly.
 *
 * The final payment has no due date: the caller stores only the payouts of scheduledNow at the
 * award, and creates the final one when the grant is settled, for the settled amount.
 *
 * @throws RangeError for an amount that is not a whole number of cents above 0: a caller's bug,
 * since a decision without money has no payouts.
 */
export function payoutSchedule(
  amountCents: number,
  decidedOn: string,
  startsOn: string | null,
): ScheduledPayout[] {
  if (!Number.isSafeInteger(amountCents) || amountCents < 1) {
    throw new RangeError(`A grant is paid out in whole cents above 0, not ${amountCents}`)
  }
  const advanceDueOn = addDays(decidedOn, ADVANCE_DUE_DAYS)
  if (amountCents < SPLIT_THRESHOLD_CENTS) {
    return [{ number: 1, kind: 'advance', amountCents, dueOn: advanceDueOn }]
  }
  const partCents = Math.floor((amountCents * SPLIT_PART_PERMILLE) / 1000)
  const installmentDueOn = startsOn && startsOn > advanceDueOn ? startsOn : advanceDueOn
  return [
    { number: 1, kind: 'advance', amountCents: partCents, dueOn: advanceDueOn },
    { number: 2, kind: 'installment', amountCents: partCents, dueOn: installmentDueOn },
    { number: 3, kind: 'final', amountCents: amountCents - 2 * partCents, dueOn: null },
  ]
}

/** The payouts to create at the award: those with a due date. */
export function scheduledNow(schedule: ScheduledPayout[]): (ScheduledPayout & { dueOn: string })[] {
  return schedule.filter((p): p is ScheduledPayout & { dueOn: string } => p.dueOn !== null)
}
