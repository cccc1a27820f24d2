import { describe, expect, it } from 'vitest'
import { HIDDEN, maskPersonalData, maskedIban } from './personal-data'

const IBAN = 'NL91ABNA0417164300'
const MASKED = 'NL91 **** 4300'

/** An application's creation, an update of it, and a bank change nested in an update. */
const created = {
  title: 'Buurtmoestuin',
  contactName: 'Anna de Vries',
  email: 'anna@example.org',
  phone: '0612345678',
  iban: IBAN,
  accountHolder: 'Stichting De Linde',
  requestedCents: 50_000,
}
const updated = { email: ['oud@example.org', 'nieuw@example.org'], phone: [null, '0301234567'] }
const nested = { bankAccount: { iban: IBAN, accountHolder: 'Stichting De Linde' } }

describe('maskPersonalData', () => {
  it('shows admins contact data and account holders, with the IBAN masked', () => {
    expect(maskPersonalData(created, 'admin')).toEqual({ ...created, iban: MASKED })
    expect(maskPersonalData(updated, 'admin')).toEqual(updated)
  })

  it('shows coordinators contact data and the account holder, with the IBAN masked', () => {
    expect(maskPersonalData(created, 'coordinator')).toEqual({ ...created, iban: MASKED })
    expect(maskPersonalData(nested, 'coordinator')).toEqual({
      bankAccount: { iban: MASKED, accountHolder: 'Stichting De Linde' },
    })
  })

  it('hides contact data from finance, old and new, keeping the account holder', () => {
    expect(maskPersonalData(created, 'finance')).toEqual({
      ...created,
      contactName: HIDDEN,
      email: HIDDEN,
      phone: HIDDEN,
      iban: MASKED,
    })
    // That a value was empty before is no personal data.
    expect(maskPersonalData(updated, 'finance')).toEqual({
      email: [HIDDEN, HIDDEN],
      phone: [null, HIDDEN],
    })
  })

  it('hides contact and bank data from reviewers entirely', () => {
    expect(maskPersonalData(created, 'reviewer')).toEqual({
      ...created,
      contactName: HIDDEN,
      email: HIDDEN,
      phone: HIDDEN,
      iban: HIDDEN,
      accountHolder: HIDDEN,
    })
    expect(maskPersonalData(nested, 'reviewer')).toEqual({
      bankAccount: { iban: HIDDEN, accountHolder: HIDDEN },
    })
  })

  it('masks inside lists and leaves other values as they are', () => {
    const changes = { messages: [{ toAddress: 'anna@example.org', subject: 'Ontvangen' }] }
    expect(maskPersonalData(changes, 'finance')).toEqual({
      messages: [{ toAddress: HIDDEN, subject: 'Ontvangen' }],
    })
    expect(maskPersonalData(null, 'finance')).toBeNull()
    expect(maskPersonalData({ status: ['submitted', 'awarded'] }, 'finance')).toEqual({
      status: ['submitted', 'awarded'],
    })
  })

  it('does not change what it is given', () => {
    const input = structuredClone(created)
    maskPersonalData(input, 'reviewer')
    expect(input).toEqual(created)
  })
})

describe('maskedIban', () => {
  it('masks a whole IBAN and keeps one already masked or redacted', () => {
    expect(maskedIban(IBAN)).toBe(MASKED)
    expect(maskedIban(MASKED)).toBe(MASKED)
    expect(maskedIban('***')).toBe('***')
  })
})
