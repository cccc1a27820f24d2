import type { MEMBER_KINDS } from '../db/schema'
import type { Message } from '../lib/messages'
import type { DecisionOutcome } from './decision-rules'
import { mayDecide } from './resident-share'

/** Voting members who must be present for a decision (DOMAIN: quorum default). */
export const MIN_PRESENT = 3

/** A network member at the meeting where an application is decided. */
export interface PresentMember {
  memberId: number
  kind: (typeof MEMBER_KINDS)[number]
  /** Declared a conflict of interest in this application (Awb 2:4): may not vote on it. */
  conflicted: boolean
}

/** The votes as the coordinator records them; every member present counts once. */
export interface Votes {
  votesFor: number
  votesAgainst: number
  abstentions: number
}

/** What the decision form checks live while the coordinator ticks who is present. */
export interface QuorumSummary {
  present: number
  residents: number
  professionals: number
  /** At least 3 present, at least half of them residents, and none with a conflict of interest. */
  quorate: boolean
}

export interface QuorumFacts {
  networkMemberCount: number
  networkResidentCount: number
  present: PresentMember[]
  votes: Votes
  outcome: DecisionOutcome
}

/** Counts of who is present, and whether they may decide together. */
export function quorumSummary(present: PresentMember[]): QuorumSummary {
  const residents = present.filter((m) => m.kind === 'resident').length
  return {
    present: present.length,
    residents,
    professionals: present.length - residents,
    quorate:
      present.length >= MIN_PRESENT &&
      residents * 2 >= present.length &&
      !present.some((m) => m.conflicted),
  }
}

/**
 * Why this meeting may not record this decision, or null when it may. The first problem wins, from
 * the network down to the count: the network must be at least half residents; nobody with a
 * conflict of interest may be among those present; at least 3 present, at least half of them
 * residents; every member present votes once (for, against or abstaining); and the votes must
 * carry the outcome: an award needs more votes for than against, so a tie is a rejection.
 */
export function quorumRefusal(p: QuorumFacts): Message | null {
  if (!mayDecide(p.networkResidentCount, p.networkMemberCount)) {
    const share = wholePercent(p.networkResidentCount, p.networkMemberCount)
    return { key: 'networkBelowResidentShare', params: { share } }
  }
  if (p.present.some((m) => m.conflicted)) return { key: 'conflictedMemberPresent' }
  const { present, residents } = quorumSummary(p.present)
  if (present < MIN_PRESENT) return { key: 'quorumTooFew', params: { present, min: MIN_PRESENT } }
  if (residents * 2 < present) return { key: 'quorumResidents', params: { residents, present } }
  const { votesFor, votesAgainst, abstentions } = p.votes
  const votes = votesFor + votesAgainst + abstentions
  if (votes !== present) return { key: 'votesDoNotMatch', params: { votes, present } }
  const carried = votesFor > votesAgainst
  if (carried !== (p.outcome === 'awarded')) {
    return { key: 'noMajority', params: { for: votesFor, against: votesAgainst } }
  }
  return null
}

// Rounded down: a network at 49.9% must not read as 50% in a message saying it is below half.
function wholePercent(residents: number, members: number): number {
  return members === 0 ? 0 : Math.floor((residents * 100) / members)
}
