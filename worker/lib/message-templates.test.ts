import { describe, expect, it } from 'vitest'
import {
  PRIVATE_LINK_SLOT,
  decisionDueMessage,
  decisionMessage,
  infoRequestMessage,
  paymentMessage,
  receiptMessage,
  reportReminderMessage,
  staffBody,
  withPrivateLink,
} from './message-templates'
import type { Locale } from './messages'

const about = { reference: 'BK-2026-0042', title: 'Buurtmoestuin', contactName: 'Fatima' }
const locales: Locale[] = ['nl', 'en']

/** Every message to an applicant, rendered for a locale. */
const all = (locale: Locale) => [
  receiptMessage(locale, about, '2027-01-15'),
  infoRequestMessage(locale, about, 'Stuur een offerte mee.', '2026-12-01'),
  decisionMessage(locale, about, {
    outcome: 'awarded',
    amountCents: 125_000,
    objectionDeadline: '2027-02-26',
  }),
  decisionMessage(locale, about, {
    outcome: 'rejected',
    amountCents: 0,
    objectionDeadline: '2027-02-26',
  }),
  paymentMessage(locale, about, { kind: 'advance', amountCents: 50_000, paidOn: '2026-12-03' }),
  reportReminderMessage(locale, about, {
    endsOn: '2027-03-31',
    reportDueOn: '2027-06-30',
    overdue: false,
    needsOverview: false,
  }),
]

describe('messages to applicants', () => {
  it.each(locales)('name the reference in every subject and body (%s)', (locale) => {
    for (const message of all(locale)) {
      expect(message.subject).toContain('BK-2026-0042')
      expect(message.body).toContain('BK-2026-0042')
      expect(message.body).toContain('Buurtmoestuin')
    }
  })

  it.each(locales)('greet the contact person, or the applicant when unnamed (%s)', (locale) => {
    expect(receiptMessage(locale, about, '2027-01-15').body).toMatch(/^(Beste|Dear) Fatima,/)
    const unnamed = receiptMessage(locale, { ...about, contactName: '' }, '2027-01-15')
    expect(unnamed.body).toMatch(/^(Beste aanvrager|Dear applicant),/)
  })

  it('put the private link only in the receipt, as a placeholder', () => {
    for (const locale of locales) {
      const [receipt, ...others] = all(locale)
      expect(receipt.body).toContain(PRIVATE_LINK_SLOT)
      for (const message of others) expect(message.body).not.toContain(PRIVATE_LINK_SLOT)
    }
  })
})

describe('receiptMessage', () => {
  it('says in Dutch that it came in, when the network decides, and gives the link', () => {
    const { subject, body } = receiptMessage('nl', about, '2027-01-15')
    expect(subject).toBe('Uw aanvraag BK-2026-0042 is ontvangen')
    expect(body).toContain('uiterlijk op 15 januari 2027')
    expect(body).toContain(
      `persoonlijke link ziet u hoe het met uw aanvraag staat:\n${PRIVATE_LINK_SLOT}`,
    )
  })

  it('is in English for an English applicant', () => {
    const { subject, body } = receiptMessage('en', about, '2027-01-15')
    expect(subject).toBe('Your application BK-2026-0042 has been received')
    expect(body).toContain('by 15 January 2027')
  })
})

describe('infoRequestMessage', () => {
  it('quotes the question, gives the term and points to the receipt’s link', () => {
    const { subject, body } = infoRequestMessage(
      'nl',
      about,
      'Stuur een offerte mee.',
      '2026-12-01',
    )
    expect(subject).toBe('Vul uw aanvraag BK-2026-0042 aan')
    expect(body).toContain('\n\nStuur een offerte mee.\n\n')
    expect(body).toContain('vóór of op 1 december 2026')
    expect(body).toContain('persoonlijke link uit de e-mail')
    expect(body).toContain('"Aanvraag wijzigen"')
  })
})

describe('decisionMessage', () => {
  it('states an award with its amount, where the letter is, and the objection deadline', () => {
    const { subject, body } = decisionMessage('nl', about, {
      outcome: 'awarded',
      amountCents: 125_000,
      objectionDeadline: '2027-02-26',
    })
    expect(subject).toBe('Besluit over uw aanvraag BK-2026-0042')
    expect(body).toContain('subsidie te geven van €\u00a01.250,00')
    expect(body).toContain('Lees de besluitbrief')
    expect(body).toContain('bezwaar maken tot en met 26 februari 2027')
  })

  it('states a refusal without an amount', () => {
    const { body } = decisionMessage('en', about, {
      outcome: 'rejected',
      amountCents: 0,
      objectionDeadline: '2027-02-26',
    })
    expect(body).toContain('decided not to give you a grant')
    expect(body).not.toContain('€')
    expect(body).toContain('object until 26 February 2027 inclusive')
  })
})

describe('paymentMessage', () => {
  it.each([
    ['advance', 'voorschot'],
    ['installment', 'termijn'],
    ['final', 'slotbetaling'],
  ] as const)('names the %s as "%s", with amount and date', (kind, word) => {
    const { subject, body } = paymentMessage('nl', about, {
      kind,
      amountCents: 237_500,
      paidOn: '2026-12-03',
    })
    expect(subject).toBe('Betaling voor uw aanvraag BK-2026-0042')
    expect(body).toContain('op 3 december 2026 €\u00a02.375,00 overgemaakt')
    expect(body).toContain(`Soort betaling: ${word}.`)
  })

  it('is in English with English money', () => {
    const { body } = paymentMessage('en', about, {
      kind: 'advance',
      amountCents: 237_500,
      paidOn: '2026-12-03',
    })
    expect(body).toContain('On 3 December 2026 we transferred €2,375.00')
    expect(body).toContain('Kind of payment: advance.')
  })
})

describe('reportReminderMessage', () => {
  const report = {
    endsOn: '2027-03-31',
    reportDueOn: '2027-06-30',
    overdue: false,
    needsOverview: false,
  }

  it('asks for the report by its last day', () => {
    const { subject, body } = reportReminderMessage('nl', about, report)
    expect(subject).toBe('Vertel ons hoe het ging: aanvraag BK-2026-0042')
    expect(body).toContain('liep tot 31 maart 2027')
    expect(body).toContain('vóór of op 30 juni 2027')
    expect(body).not.toContain('financieel overzicht')
  })

  it('asks a financial overview of a large grant, and says when the day has passed', () => {
    const { body } = reportReminderMessage('nl', about, {
      ...report,
      overdue: true,
      needsOverview: true,
    })
    expect(body).toContain('financieel overzicht')
    expect(body).toContain('moest binnen zijn op 30 juni 2027')
  })
})

describe('decisionDueMessage', () => {
  const due = {
    reference: 'BK-2026-0042',
    title: 'Buurtmoestuin',
    networkName: 'Schothorst',
    decisionDueOn: '2026-12-10',
    url: 'https://buurtkracht.example/admin/#/applications/42/show',
  }

  it('warns a coordinator in Dutch with the last day and the panel link', () => {
    const { subject, body } = decisionDueMessage('Ans', due, '2026-12-01')
    expect(subject).toBe('Besluit nodig: BK-2026-0042 uiterlijk 10 december 2026')
    expect(body).toMatch(/^Beste Ans,/)
    expect(body).toContain('Schothorst moet het wijknetwerk uiterlijk op 10 december 2026')
    expect(body).toContain(due.url)
  })

  it('says when the last day has passed', () => {
    const { subject, body } = decisionDueMessage('Ans', due, '2026-12-11')
    expect(subject).toBe('Termijn verstreken: BK-2026-0042 uiterlijk 10 december 2026')
    expect(body).toContain('had het wijknetwerk uiterlijk op 10 december 2026 moeten besluiten')
  })
})

describe('the private link placeholder', () => {
  const body = receiptMessage('nl', about, '2027-01-15').body

  it('is filled in with the link for sending', () => {
    const sent = withPrivateLink(body, 'https://buurtkracht.example/aanvraag/abc')
    expect(sent).toContain('https://buurtkracht.example/aanvraag/abc')
    expect(sent).not.toContain(PRIVATE_LINK_SLOT)
  })

  it('is shown to staff as [privé-link]', () => {
    expect(staffBody(body)).toContain('[privé-link]')
    expect(staffBody(body)).not.toContain(PRIVATE_LINK_SLOT)
  })
})
