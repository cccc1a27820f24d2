import type { DecisionOutcome, PanelSeat } from '../types'

/** Voting members who must be present (DOMAIN: quorum default), as the API checks it. */
export const MIN_PRESENT = 3

export interface QuorumInput {
  present: PanelSeat[]
  votesFor: number
  votesAgainst: number
  abstentions: number
  outcome: DecisionOutcome
}

/**
 * The API's quorum rules, checked as the coordinator fills in the dialog so they see what is
 * missing before saving. The API checks the same again and has the last word.
 */
export function quorumChecks({
  present,
  votesFor,
  votesAgainst,
  abstentions,
  outcome,
}: QuorumInput) {
  const residents = present.filter((seat) => seat.kind === 'resident').length
  const votes = votesFor + votesAgainst + abstentions
  const carried = votesFor > votesAgainst
  const checks = {
    enoughPresent: present.length >= MIN_PRESENT,
    residentsHalf: present.length > 0 && residents * 2 >= present.length,
    noConflict: !present.some((seat) => seat.conflicted),
    votesAddUp: votes === present.length,
    majority: carried === (outcome === 'awarded'),
  }
  return { checks, residents, votes, present: present.length }
}
