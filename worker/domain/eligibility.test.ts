import { describe, expect, it } from 'vitest'
import { BUDGET_CATEGORIES } from '../db/schema'
import {
  type ApplicationFacts,
  type PlanFacts,
  FLAGGED_CATEGORIES,
  LARGE_GRANT_CENTS,
  START_WARNING_DAYS,
  isFlagged,
  requiredSupporters,
  softWarnings,
  submissionFindings,
} from './eligibility'

const today = '2025-03-10'

/** A plan open today with a €5,000 maximum, two priorities and two postcode areas. */
function plan(overrides: Partial<PlanFacts> = {}): PlanFacts {
  return {
    status: 'open',
    opensOn: '2025-01-01',
    closesOn: '2025-12-31',
    maxGrantCents: 500_000,
    priorityIds: [11, 12],
    postcodes: ['3811', '3812'],
    ...overrides,
  }
}

/** A €750 application by a group of residents that meets every rule of the plan above. */
function app(overrides: Partial<ApplicationFacts> = {}): ApplicationFacts {
  return {
    applicantType: 'group',
    organisationName: '',
    kvkNumber: '',
    contactName: 'Fatima El Amrani',
    email: 'fatima@example.org',
    title: 'Buurtmoestuin Soesterkwartier',
    summary: 'Een moestuin voor en door de buurt.',
    description: 'We leggen samen bakken aan op het pleintje en oogsten samen.',
    priorityIds: [11],
    targetGroup: 'Alle bewoners, vooral ouderen die alleen wonen',
    goal: 'Elkaar leren kennen',
    expectedParticipants: 40,
    volunteers: 6,
    startsOn: '2025-05-01',
    endsOn: '2025-09-30',
    postcode: '3811 AB',
    requestedCents: 75_000,
    ownContributionCents: 0,
    ownContributionHours: 120,
    supporters: 5,
    iban: 'NL91ABNA0417164300',
    accountHolder: 'F. El Amrani',
    worksWithVulnerable: false,
    vogConfirmed: false,
    openToAll: true,
    privacyConsent: true,
    budgetLines: [
      { description: 'Hout voor bakken', category: 'materials', amountCents: 50_000 },
      { description: 'Zaad en aarde', category: 'materials', amountCents: 30_000 },
    ],
    ...overrides,
  }
}

const errors = (facts: Partial<ApplicationFacts>, planFacts = plan(), on = today) =>
  submissionFindings(app(facts), planFacts, on).errors

const warnings = (facts: Partial<ApplicationFacts>, planFacts = plan(), on = today) =>
  submissionFindings(app(facts), planFacts, on).warnings

/** A €X application that is complete in every other way: enough supporters and budget. */
const asking = (requestedCents: number, facts: Partial<ApplicationFacts> = {}) => ({
  requestedCents,
  supporters: requiredSupporters(requestedCents),
  budgetLines: [
    { description: 'Zaalhuur', category: 'rent' as const, amountCents: requestedCents },
  ],
  ...facts,
})

describe('submissionFindings', () => {
  it('finds nothing in a complete, eligible application', () => {
    expect(submissionFindings(app(), plan(), today)).toEqual({ errors: [], warnings: [] })
  })

  describe('completeness', () => {
    it.each([
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
    ] as const)('requires %s, also when only spaces were typed', (field) => {
      expect(errors({ [field]: '' })).toEqual([{ field, key: 'required' }])
      expect(errors({ [field]: '   ' })).toEqual([{ field, key: 'required' }])
    })

    it.each(['startsOn', 'endsOn'] as const)('requires %s', (field) => {
      expect(errors({ [field]: undefined })).toEqual([{ field, key: 'required' }])
      expect(errors({ [field]: '' })).toEqual([{ field, key: 'required' }])
    })

    it('requires at least one expected participant', () => {
      expect(errors({ expectedParticipants: undefined })).toEqual([
        { field: 'expectedParticipants', key: 'required' },
      ])
      expect(errors({ expectedParticipants: 0 })).toEqual([
        { field: 'expectedParticipants', key: 'tooSmall', params: { min: 1 } },
      ])
      expect(errors({ expectedParticipants: 1 })).toEqual([])
    })

    it('does not require volunteers', () => {
      expect(errors({ volunteers: undefined })).toEqual([])
    })

    it('requires at least one budget line', () => {
      expect(errors({ budgetLines: [] })).toEqual([
        { field: 'budgetLines', key: 'budgetLinesRequired' },
      ])
    })

    it('requires a description and an amount on every budget line, naming the line', () => {
      const budgetLines = [
        { description: 'Hout', category: 'materials' as const, amountCents: 80_000 },
        { description: ' ', category: 'materials' as const, amountCents: 0 },
      ]
      expect(errors({ budgetLines })).toEqual([
        { field: 'budgetLines.1.description', key: 'required' },
        { field: 'budgetLines.1.amountCents', key: 'required' },
      ])
    })

    it('requires consent to process the personal data', () => {
      expect(errors({ privacyConsent: false })).toEqual([
        { field: 'privacyConsent', key: 'privacyConsentRequired' },
      ])
    })

    it('reports every problem at once, not only the first', () => {
      const found = errors({ title: '', goal: '', openToAll: false, supporters: 0 })
      expect(found.map((f) => f.field).sort()).toEqual(['goal', 'openToAll', 'supporters', 'title'])
    })
  })

  describe('the plan is open', () => {
    it.each(['draft', 'closed'] as const)('refuses a plan that is %s', (status) => {
      expect(errors({}, plan({ status }))).toEqual([{ field: 'planId', key: 'planClosed' }])
    })

    it('accepts on the opening and the closing day, not a day outside them', () => {
      const window = plan({ opensOn: '2025-03-10', closesOn: '2025-03-20' })
      expect(errors({}, window, '2025-03-10')).toEqual([])
      expect(errors({}, window, '2025-03-20')).toEqual([])
      expect(errors({}, window, '2025-03-09')).toEqual([{ field: 'planId', key: 'planClosed' }])
      expect(errors({}, window, '2025-03-21')).toEqual([{ field: 'planId', key: 'planClosed' }])
    })
  })

  describe('rule 1: who may apply', () => {
    it('requires the kind of applicant', () => {
      expect(errors({ applicantType: undefined })).toEqual([
        { field: 'applicantType', key: 'required' },
      ])
    })

    it('asks no organisation details of a resident or a group', () => {
      expect(errors({ applicantType: 'resident' })).toEqual([])
      expect(errors({ applicantType: 'group' })).toEqual([])
    })

    it.each(['foundation', 'association'] as const)(
      'requires the name and an 8-digit KvK number of a %s',
      (applicantType) => {
        const organisation = { applicantType, organisationName: 'Stichting Groen', kvkNumber: '' }
        expect(errors({ ...organisation, kvkNumber: '12345678' })).toEqual([])
        expect(errors({ ...organisation, organisationName: ' ', kvkNumber: '12345678' })).toEqual([
          { field: 'organisationName', key: 'required' },
        ])
        for (const kvkNumber of ['', '1234567', '123456789', '1234 567', 'A2345678']) {
          expect(errors({ ...organisation, kvkNumber })).toEqual([
            { field: 'kvkNumber', key: 'invalidKvk' },
          ])
        }
      },
    )
  })

  describe('rule 2: the amount', () => {
    it('requires an amount', () => {
      expect(errors({ requestedCents: 0 })).toEqual([{ field: 'requestedCents', key: 'required' }])
      expect(errors({ requestedCents: 1 })).toEqual([])
    })

    it("allows up to the plan's maximum and no cent more, naming it in euros", () => {
      const group = plan({ maxGrantCents: 250_000 })
      expect(errors(asking(250_000), group)).toEqual([])
      expect(errors(asking(250_001), group)).toEqual([
        { field: 'requestedCents', key: 'requestedAboveMax', params: { max: { cents: 250_000 } } },
      ])
    })

    it('allows €5,000 to a group but not €5,000.01', () => {
      const generous = plan({ maxGrantCents: 2_000_000 })
      expect(LARGE_GRANT_CENTS).toBe(500_000)
      expect(errors(asking(500_000), generous)).toEqual([])
      expect(errors(asking(500_001), generous)).toEqual([
        {
          field: 'applicantType',
          key: 'largeGrantNeedsOrganisation',
          params: { max: { cents: 500_000 } },
        },
      ])
      expect(errors(asking(500_001, { applicantType: 'resident' }), generous)).toEqual([
        {
          field: 'applicantType',
          key: 'largeGrantNeedsOrganisation',
          params: { max: { cents: 500_000 } },
        },
      ])
    })

    it.each(['foundation', 'association'] as const)('allows more than €5,000 to a %s', (type) => {
      const organisation = { applicantType: type, organisationName: 'Groen', kvkNumber: '12345678' }
      const generous = plan({ maxGrantCents: 2_000_000 })
      expect(errors(asking(1_000_000, organisation), generous)).toEqual([])
    })

    it('does not repeat the large-grant rule while the kind of applicant is still missing', () => {
      const generous = plan({ maxGrantCents: 2_000_000 })
      expect(errors(asking(600_000, { applicantType: undefined }), generous)).toEqual([
        { field: 'applicantType', key: 'required' },
      ])
    })

    it('allows asking for the whole budget but not more', () => {
      expect(errors({ requestedCents: 80_000 })).toEqual([])
      expect(errors({ requestedCents: 80_001 })).toEqual([
        { field: 'requestedCents', key: 'requestedAboveCosts' },
      ])
    })
  })

  describe('rule 3: the area', () => {
    it("accepts a postcode in the network's areas, with or without letters", () => {
      expect(errors({ postcode: '3812' })).toEqual([])
      expect(errors({ postcode: '3812 XY' })).toEqual([])
    })

    it('refuses a postcode outside the areas, listing them', () => {
      expect(errors({ postcode: '3813 AB' })).toEqual([
        { field: 'postcode', key: 'postcodeOutsideArea', params: { postcodes: '3811, 3812' } },
      ])
    })

    it('checks no area when the network has none', () => {
      expect(errors({ postcode: '9999 ZZ' }, plan({ postcodes: [] }))).toEqual([])
    })
  })

  describe('rule 4: the dates', () => {
    it('requires a start after today: tomorrow is fine, today is not', () => {
      expect(errors({ startsOn: '2025-03-11' })).toEqual([])
      expect(errors({ startsOn: '2025-03-10', endsOn: '2025-03-10' })).toEqual([
        { field: 'startsOn', key: 'startsNotAfterToday' },
      ])
      expect(errors({ startsOn: '2025-02-01' })).toEqual([
        { field: 'startsOn', key: 'startsNotAfterToday' },
      ])
    })

    it('allows a one-day activity but not an end before the start', () => {
      expect(errors({ startsOn: '2025-05-01', endsOn: '2025-05-01' })).toEqual([])
      expect(errors({ startsOn: '2025-05-01', endsOn: '2025-04-30' })).toEqual([
        { field: 'endsOn', key: 'endsBeforeStart' },
      ])
    })

    it('warns, without blocking, when the start is less than 6 weeks away', () => {
      expect(START_WARNING_DAYS).toBe(42)
      const soon = { field: 'startsOn', key: 'startsSoon', params: { weeks: 6 } }
      expect(warnings({ startsOn: '2025-04-22' })).toEqual([])
      expect(warnings({ startsOn: '2025-04-21' })).toEqual([])
      expect(warnings({ startsOn: '2025-04-20' })).toEqual([soon])
      expect(warnings({ startsOn: '2025-03-11' })).toEqual([soon])
      expect(errors({ startsOn: '2025-04-20' })).toEqual([])
    })

    it('does not warn about a start that is already an error', () => {
      expect(warnings({ startsOn: '2025-03-10' })).toEqual([])
    })
  })

  describe('rule 5: the priorities', () => {
    it('requires at least one priority', () => {
      expect(errors({ priorityIds: [] })).toEqual([
        { field: 'priorityIds', key: 'priorityRequired' },
      ])
    })

    it("accepts only the plan's priorities", () => {
      expect(errors({ priorityIds: [11, 12] })).toEqual([])
      expect(errors({ priorityIds: [11, 99] })).toEqual([
        { field: 'priorityIds', key: 'invalidOption', params: { options: '11, 12' } },
      ])
    })
  })

  it('rule 6: requires the initiative to be open to all and non-profit', () => {
    expect(errors({ openToAll: false })).toEqual([{ field: 'openToAll', key: 'openToAllRequired' }])
  })

  it('rule 7: requires a VOG only when working with children or vulnerable people', () => {
    expect(errors({ worksWithVulnerable: false, vogConfirmed: false })).toEqual([])
    expect(errors({ worksWithVulnerable: true, vogConfirmed: true })).toEqual([])
    expect(errors({ worksWithVulnerable: true, vogConfirmed: false })).toEqual([
      { field: 'vogConfirmed', key: 'vogRequired' },
    ])
  })

  it('rule 8: requires an own contribution in money or hours', () => {
    const none = [{ field: 'ownContributionCents', key: 'ownContributionRequired' }]
    expect(errors({ ownContributionCents: 0, ownContributionHours: 0 })).toEqual(none)
    expect(errors({ ownContributionCents: 1, ownContributionHours: 0 })).toEqual([])
    expect(errors({ ownContributionCents: 0, ownContributionHours: 1 })).toEqual([])
  })

  it('rule 9: requires the supporters the amount needs', () => {
    expect(errors({ requestedCents: 75_000, supporters: 5 })).toEqual([])
    expect(errors({ requestedCents: 75_000, supporters: 4 })).toEqual([
      { field: 'supporters', key: 'tooFewSupporters', params: { min: 5 } },
    ])
    expect(errors(asking(100_001, { supporters: 14 }))).toEqual([
      { field: 'supporters', key: 'tooFewSupporters', params: { min: 15 } },
    ])
  })

  it('flags each budget line in a category that is usually not funded, without blocking', () => {
    const budgetLines = [
      { description: 'Koffie en thee', category: 'food_drink' as const, amountCents: 5_000 },
      { description: 'Hout', category: 'materials' as const, amountCents: 50_000 },
      { description: 'Prijzen', category: 'gifts' as const, amountCents: 25_000 },
    ]
    expect(submissionFindings(app({ budgetLines }), plan(), today)).toEqual({
      errors: [],
      warnings: [
        { field: 'budgetLines.0.category', key: 'flaggedCategory' },
        { field: 'budgetLines.2.category', key: 'flaggedCategory' },
      ],
    })
  })
})

describe('softWarnings', () => {
  it('gives the warnings of submissionFindings from the start date and budget lines alone', () => {
    const budgetLines = [
      { description: 'Hout', category: 'materials' as const, amountCents: 50_000 },
      { description: 'Bloemen als bedankje', category: 'gifts' as const, amountCents: 2_500 },
    ]
    const facts = app({ startsOn: '2025-04-01', budgetLines })
    const found = softWarnings('2025-04-01', budgetLines, today)
    expect(found).toEqual([
      { field: 'startsOn', key: 'startsSoon', params: { weeks: 6 } },
      { field: 'budgetLines.1.category', key: 'flaggedCategory' },
    ])
    expect(found).toEqual(submissionFindings(facts, plan(), today).warnings)
  })

  it('has nothing to say without a start date or budget', () => {
    expect(softWarnings(undefined, [], today)).toEqual([])
  })
})

describe('requiredSupporters', () => {
  it.each([
    [1, 5],
    [100_000, 5],
    [100_001, 15],
    [500_000, 15],
    [500_001, 25],
    [2_000_000, 25],
  ])('asks for %i cents %i supporters', (cents, supporters) => {
    expect(requiredSupporters(cents)).toBe(supporters)
  })
})

describe('isFlagged', () => {
  it.each(BUDGET_CATEGORIES)('%s', (category) => {
    const flagged = ['food_drink', 'alcohol', 'salaries', 'gifts', 'equipment', 'structural']
    expect(isFlagged(category)).toBe(flagged.includes(category))
  })

  it('lists exactly the flagged categories', () => {
    expect([...FLAGGED_CATEGORIES].sort()).toEqual(BUDGET_CATEGORIES.filter(isFlagged).sort())
  })
})
