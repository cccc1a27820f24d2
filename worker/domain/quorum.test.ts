import { describe, expect, it } from 'vitest'
import { translate } from '../lib/messages'
import {
  type PresentMember,
  type QuorumFacts,
  MIN_PRESENT,
  quorumRefusal,
  quorumSummary,
} from './quorum'

let nextId = 1

function members(residents: number, professionals: number): PresentMember[] {
  const make = (kind: PresentMember['kind']): PresentMember => ({
    memberId: nextId++,
    kind,
    conflicted: false,
  })
  return [
    ...Array.from({ length: residents }, () => make('resident')),
    ...Array.from({ length: professionals }, () => make('professional')),
  ]
}

/** A network of 6 residents and 4 professionals; 2 residents and 1 professional decide, 3–0. */
function facts(overrides: Partial<QuorumFacts> = {}): QuorumFacts {
  return {
    networkMemberCount: 10,
    networkResidentCount: 6,
    present: members(2, 1),
    votes: { votesFor: 3, votesAgainst: 0, abstentions: 0 },
    outcome: 'awarded',
    ...overrides,
  }
}

describe('quorumSummary', () => {
  it('counts residents and professionals', () => {
    expect(quorumSummary(members(3, 2))).toEqual({
      present: 5,
      residents: 3,
      professionals: 2,
      quorate: true,
    })
  })

  it('needs at least 3 present', () => {
    expect(MIN_PRESENT).toBe(3)
    expect(quorumSummary(members(2, 0)).quorate).toBe(false)
    expect(quorumSummary(members(3, 0)).quorate).toBe(true)
    expect(quorumSummary([])).toEqual({
      present: 0,
      residents: 0,
      professionals: 0,
      quorate: false,
    })
  })

  it('needs at least half of those present to be residents', () => {
    expect(quorumSummary(members(2, 2)).quorate).toBe(true)
    expect(quorumSummary(members(2, 3)).quorate).toBe(false)
    expect(quorumSummary(members(1, 2)).quorate).toBe(false)
  })

  it('is not quorate while someone with a conflict of interest is present', () => {
    const present = members(4, 1)
    present[0].conflicted = true
    expect(quorumSummary(present)).toEqual({
      present: 5,
      residents: 4,
      professionals: 1,
      quorate: false,
    })
  })
})

describe('quorumRefusal', () => {
  it('accepts a quorate meeting whose votes carry the outcome', () => {
    expect(quorumRefusal(facts())).toBeNull()
    expect(
      quorumRefusal(
        facts({
          present: members(3, 2),
          votes: { votesFor: 3, votesAgainst: 1, abstentions: 1 },
        }),
      ),
    ).toBeNull()
  })

  it('refuses a network below half residents, with its share rounded down', () => {
    expect(quorumRefusal(facts({ networkMemberCount: 9, networkResidentCount: 4 }))).toEqual({
      key: 'networkBelowResidentShare',
      params: { share: 44 },
    })
    // 49.95% must not read as 50%.
    expect(quorumRefusal(facts({ networkMemberCount: 2000, networkResidentCount: 999 }))).toEqual({
      key: 'networkBelowResidentShare',
      params: { share: 49 },
    })
  })

  it('refuses a network without members', () => {
    expect(quorumRefusal(facts({ networkMemberCount: 0, networkResidentCount: 0 }))).toEqual({
      key: 'networkBelowResidentShare',
      params: { share: 0 },
    })
  })

  it('accepts a network of exactly half residents', () => {
    expect(quorumRefusal(facts({ networkMemberCount: 8, networkResidentCount: 4 }))).toBeNull()
  })

  it('refuses when a member with a conflict of interest is among those present', () => {
    const present = members(3, 1)
    present[3].conflicted = true
    const votes = { votesFor: 4, votesAgainst: 0, abstentions: 0 }
    expect(quorumRefusal(facts({ present, votes }))).toEqual({ key: 'conflictedMemberPresent' })
  })

  it('refuses fewer than 3 present', () => {
    const votes = { votesFor: 2, votesAgainst: 0, abstentions: 0 }
    expect(quorumRefusal(facts({ present: members(2, 0), votes }))).toEqual({
      key: 'quorumTooFew',
      params: { present: 2, min: 3 },
    })
  })

  it('refuses when fewer than half of those present are residents', () => {
    const votes = { votesFor: 5, votesAgainst: 0, abstentions: 0 }
    expect(quorumRefusal(facts({ present: members(2, 3), votes }))).toEqual({
      key: 'quorumResidents',
      params: { residents: 2, present: 5 },
    })
  })

  it.each([
    [{ votesFor: 2, votesAgainst: 0, abstentions: 0 }, 2],
    [{ votesFor: 2, votesAgainst: 1, abstentions: 1 }, 4],
    [{ votesFor: 0, votesAgainst: 0, abstentions: 0 }, 0],
  ])('refuses votes %o that do not add up to the 3 present', (votes, total) => {
    expect(quorumRefusal(facts({ votes }))).toEqual({
      key: 'votesDoNotMatch',
      params: { votes: total, present: 3 },
    })
  })

  it('counts abstentions as present', () => {
    expect(
      quorumRefusal(facts({ votes: { votesFor: 1, votesAgainst: 0, abstentions: 2 } })),
    ).toBeNull()
  })

  it('refuses an award without more votes for than against', () => {
    const present = members(2, 2)
    expect(
      quorumRefusal(facts({ present, votes: { votesFor: 2, votesAgainst: 2, abstentions: 0 } })),
    ).toEqual({ key: 'noMajority', params: { for: 2, against: 2 } })
    expect(
      quorumRefusal(facts({ present, votes: { votesFor: 1, votesAgainst: 2, abstentions: 1 } })),
    ).toEqual({ key: 'noMajority', params: { for: 1, against: 2 } })
  })

  it('rejects on a tie or a majority against, but not against a majority for', () => {
    const present = members(2, 2)
    const rejected = (votesFor: number, votesAgainst: number, abstentions: number) =>
      quorumRefusal(
        facts({ present, outcome: 'rejected', votes: { votesFor, votesAgainst, abstentions } }),
      )
    expect(rejected(2, 2, 0)).toBeNull()
    expect(rejected(0, 3, 1)).toBeNull()
    expect(rejected(0, 0, 4)).toBeNull()
    expect(rejected(3, 1, 0)).toEqual({ key: 'noMajority', params: { for: 3, against: 1 } })
  })

  it('names the first problem only, from the network down to the votes', () => {
    const present = members(0, 2)
    present[0].conflicted = true
    const votes = { votesFor: 0, votesAgainst: 5, abstentions: 0 }
    const all = { present, votes, networkMemberCount: 3, networkResidentCount: 1 }
    expect(quorumRefusal(facts(all))?.key).toBe('networkBelowResidentShare')
    expect(quorumRefusal(facts({ ...all, networkResidentCount: 2 }))?.key).toBe(
      'conflictedMemberPresent',
    )
    present[0].conflicted = false
    expect(quorumRefusal(facts({ ...all, networkResidentCount: 2 }))?.key).toBe('quorumTooFew')
    const three = { ...all, networkResidentCount: 2, present: members(1, 2) }
    expect(quorumRefusal(facts(three))?.key).toBe('quorumResidents')
    const mixed = { ...three, present: members(2, 1) }
    expect(quorumRefusal(facts(mixed))?.key).toBe('votesDoNotMatch')
    const counted = { ...mixed, votes: { votesFor: 0, votesAgainst: 3, abstentions: 0 } }
    expect(quorumRefusal(facts(counted))?.key).toBe('noMajority')
  })

  it('reads as plain Dutch with the numbers filled in', () => {
    const votes = { votesFor: 5, votesAgainst: 0, abstentions: 0 }
    const refusal = quorumRefusal(facts({ present: members(2, 3), votes }))
    expect(refusal && translate('nl', refusal)).toBe(
      'Er zijn 5 leden aanwezig, van wie 2 bewoners. Minstens de helft van de aanwezigen moet bewoner zijn.',
    )
  })
})
