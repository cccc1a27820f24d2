import { describe, expect, it } from 'vitest'
import { applicationInput } from '../services/application-input'
import {
  centsToEuros,
  emptyFormValues,
  formValuesOf,
  parseCount,
  parseDate,
  parseEuros,
  readApplicationForm,
} from './form-input'

describe('parseEuros', () => {
  it.each([
    ['500', 50_000],
    ['500,50', 50_050],
    ['500,5', 50_050],
    ['1.250,00', 125_000],
    ['1.250', 125_000],
    ['1250', 125_000],
    ['€ 1.250,-', 125_000],
    ['€1.250,50', 125_050],
    [' 12,30 ', 1_230],
    ['1,250.50', 125_050],
    ['12.50', 1_250],
    ['1.250.000,00', 125_000_000],
    ['0', 0],
  ])('reads %j as %i cents', (typed, cents) => {
    expect(parseEuros(typed)).toBe(cents)
  })

  it.each(['abc', '-5', '1,2,3', '12,345,6', '1.250.50', '5,0001', '1e3', '12 euro', 'NaN'])(
    'refuses %j without ever giving NaN',
    (typed) => {
      expect(parseEuros(typed)).toBeNull()
    },
  )

  it('treats nothing typed as not given', () => {
    expect(parseEuros('')).toBeUndefined()
    expect(parseEuros('  ')).toBeUndefined()
  })

  it('refuses amounts too long to count exactly', () => {
    expect(parseEuros('1234567890123')).toBeNull()
  })
})

describe('parseCount and parseDate', () => {
  it('reads whole numbers only', () => {
    expect(parseCount(' 12 ')).toBe(12)
    expect(parseCount('')).toBeUndefined()
    expect(parseCount('12,5')).toBeNull()
    expect(parseCount('twaalf')).toBeNull()
  })

  it('reads a Dutch typed date, day first, and an ISO date', () => {
    expect(parseDate('15-01-2027')).toBe('2027-01-15')
    expect(parseDate('15-1-2027')).toBe('2027-01-15')
    expect(parseDate(' 15/01/2027 ')).toBe('2027-01-15')
    expect(parseDate('2027-01-15')).toBe('2027-01-15')
    expect(parseDate('29-02-2028')).toBe('2028-02-29')
    expect(parseDate('')).toBeUndefined()
  })

  it.each(['morgen', '31-02-2027', '29-02-2027', '15-13-2027', '2027-02-30', '1-1-27'])(
    'refuses %j as a date',
    (typed) => {
      expect(parseDate(typed)).toBeNull()
    },
  )
})

describe('readApplicationForm', () => {
  it('turns a filled-in form into what applicationInput parses', () => {
    const form = readApplicationForm({
      applicantType: 'group',
      contactName: ' Henk ',
      email: 'henk@example.org',
      phone: '',
      title: 'Moestuin',
      expectedParticipants: '30',
      volunteers: '',
      requestedCents: '500',
      ownContributionCents: '',
      ownContributionHours: '20',
      supporters: '6',
      startsOn: '01-02-2027',
      endsOn: '1-3-2027',
      openToAll: 'ja',
      privacyConsent: 'ja',
      priorityIds: ['3', '5'],
      'budgetLines.0.description': 'Aarde',
      'budgetLines.0.category': 'materials',
      'budgetLines.0.amount': '300',
      'budgetLines.1.description': '',
      'budgetLines.1.category': '',
      'budgetLines.1.amount': '',
      'budgetLines.2.description': 'Zaden',
      'budgetLines.2.category': 'materials',
      'budgetLines.2.amount': '200,00',
      intent: 'submit',
      website: '',
    })
    expect(form.problems).toEqual({})
    expect(form.intent).toBe('submit')
    const parsed = applicationInput.parse(form.input)
    expect(parsed.volunteers).toBeUndefined()
    expect(parsed).toMatchObject({
      applicantType: 'group',
      contactName: 'Henk',
      phone: '',
      expectedParticipants: 30,
      requestedCents: 50_000,
      ownContributionCents: 0,
      ownContributionHours: 20,
      supporters: 6,
      startsOn: '2027-02-01',
      endsOn: '2027-03-01',
      openToAll: true,
      worksWithVulnerable: false,
      vogConfirmed: false,
      privacyConsent: true,
      priorityIds: [3, 5],
      budgetLines: [
        { description: 'Aarde', category: 'materials', amountCents: 30_000 },
        { description: 'Zaden', category: 'materials', amountCents: 20_000 },
      ],
    })
  })

  it('numbers budget rows as they are shown again, with empty rows dropped', () => {
    const form = readApplicationForm({
      'budgetLines.0.description': '',
      'budgetLines.3.description': 'Flyers',
      'budgetLines.3.amount': 'veel',
    })
    expect(form.values.budgetLines).toEqual([
      { description: 'Flyers', category: '', amount: 'veel' },
    ])
    expect(form.problems).toEqual({ 'budgetLines.0.amountCents': 'amount' })
    expect(form.input.budgetLines).toEqual([
      { description: 'Flyers', category: undefined, amountCents: undefined },
    ])
  })

  it('keeps what was typed and makes unreadable values field problems', () => {
    const form = readApplicationForm({
      requestedCents: '5 honderd',
      supporters: '5,5',
      startsOn: 'volgende week',
      priorityIds: ['2', 'x'],
    })
    expect(form.problems).toEqual({
      requestedCents: 'amount',
      supporters: 'count',
      startsOn: 'date',
      priorityIds: 'option',
    })
    expect(form.values.requestedCents).toBe('5 honderd')
    expect(form.input).not.toHaveProperty('requestedCents')
    expect(Object.values(form.input).some((v) => Number.isNaN(v))).toBe(false)
  })

  it('reads an empty form as an empty draft', () => {
    const form = readApplicationForm({})
    expect(form.intent).toBe('save')
    expect(form.honeypot).toBe('')
    expect(applicationInput.parse(form.input)).toMatchObject({
      email: '',
      postcode: '',
      priorityIds: [],
      budgetLines: [],
      openToAll: false,
    })
  })

  it('refuses an unknown intent and ignores files', () => {
    const form = readApplicationForm({
      intent: 'delete',
      title: new File(['x'], 'x.txt'),
      website: 'https://spam.example',
    })
    expect(form.intent).toBeUndefined()
    expect(form.values.title).toBe('')
    expect(form.honeypot).toBe('https://spam.example')
  })
})

describe('formValuesOf', () => {
  it('shows a stored application as typed, in the reader’s decimal style', () => {
    const stored = applicationInput.parse({
      startsOn: '2027-01-15',
      requestedCents: 125_050,
      supporters: 6,
      budgetLines: [{ description: 'Aarde', category: 'materials', amountCents: 30_000 }],
    })
    const values = formValuesOf(stored, 'nl')
    expect(values.requestedCents).toBe('1250,50')
    expect(values.startsOn).toBe('15-01-2027')
    expect(values.endsOn).toBe('')
    expect(values.ownContributionCents).toBe('')
    expect(values.supporters).toBe('6')
    expect(values.budgetLines).toEqual([
      { description: 'Aarde', category: 'materials', amount: '300' },
    ])
    expect(formValuesOf(stored, 'en').requestedCents).toBe('1250.50')
    expect(parseEuros(values.requestedCents)).toBe(125_050)
    expect(centsToEuros(5, 'nl')).toBe('0,05')
    expect(emptyFormValues().budgetLines).toEqual([])
  })
})
