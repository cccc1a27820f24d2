import { describe, expect, it } from 'vitest'
import { formatIban, isValidIban, maskIban, normalizeIban } from './iban'

describe('normalizeIban', () => {
  it('removes every kind of whitespace and uppercases', () => {
    expect(normalizeIban(' nl91 abna\t0417\u00a01643 00\n')).toBe('NL91ABNA0417164300')
  })
})

describe('isValidIban', () => {
  it.each([
    'NL91ABNA0417164300',
    'BE68539007547034',
    'DE89370400440532013000',
    'FR1420041010050500013M02606',
    'GB29NWBK60161331926819',
    'NO9386011117947',
    'CH9300762011623852957',
    'ES9121000418450200051332',
    'IT60X0542811101000000123456',
    'AT611904300234573201',
    'MT84MALT011000012345MTLCAST001S',
  ])('accepts %s', (iban) => {
    expect(isValidIban(iban)).toBe(true)
  })

  it('accepts lowercase and spaced input once normalized, and not before', () => {
    expect(isValidIban(normalizeIban('nl91 abna 0417 1643 00'))).toBe(true)
    expect(isValidIban('nl91abna0417164300')).toBe(false)
    expect(isValidIban('NL91 ABNA 0417 1643 00')).toBe(false)
  })

  it.each(['NL92ABNA0417164300', 'NL91ABNA0417164301', 'DE88370400440532013000'])(
    'refuses %s: the check digits do not match',
    (iban) => {
      expect(isValidIban(iban)).toBe(false)
    },
  )

  it.each([
    ['one character short', 'NL91ABNA041716430'],
    ['one character long', 'NL91ABNA04171643000'],
    ['a Belgian IBAN with a Dutch length', 'BE68539007547034AB'],
  ])('refuses an IBAN %s', (_, iban) => {
    expect(isValidIban(iban)).toBe(false)
  })

  it('refuses an unknown country even when mod-97 passes', () => {
    expect(mod97Remainder('XX62ABNA0417164300')).toBe(1)
    expect(isValidIban('XX62ABNA0417164300')).toBe(false)
  })

  it.each([
    ['digits in the country code', '1L91ABNA0417164300'],
    ['letters in the check digits', 'NLA1ABNA0417164300'],
    ['punctuation in the account', 'NL91ABNA-417164300'],
    ['nothing', ''],
  ])('refuses %s', (_, iban) => {
    expect(isValidIban(iban)).toBe(false)
  })

  it.each([
    ['NL02ABNA0417164350', 'NL99ABNA0417164350'],
    ['NL97ABNA0417164386', 'NL00ABNA0417164386'],
    ['NL98ABNA0417164368', 'NL01ABNA0417164368'],
  ])('accepts %s but not its never-issued twin %s that mod-97 cannot tell apart', (valid, twin) => {
    expect(isValidIban(valid)).toBe(true)
    expect(mod97Remainder(twin)).toBe(1)
    expect(isValidIban(twin)).toBe(false)
  })
})

describe('formatIban', () => {
  it('groups by four, leaving the rest as the last group', () => {
    expect(formatIban('NL91ABNA0417164300')).toBe('NL91 ABNA 0417 1643 00')
    expect(formatIban('BE68539007547034')).toBe('BE68 5390 0754 7034')
  })

  it('regroups an IBAN that was typed with other spacing', () => {
    expect(formatIban('nl 91abna 0417164300')).toBe('NL91 ABNA 0417 1643 00')
  })
})

describe('maskIban', () => {
  it('shows only the first and last four characters', () => {
    expect(maskIban('NL91ABNA0417164300')).toBe('NL91 **** 4300')
    expect(maskIban('NL91 ABNA 0417 1643 00')).toBe('NL91 **** 4300')
  })

  it('hides a value too short to show both ends of', () => {
    expect(maskIban('NL91ABNA')).toBe('****')
    expect(maskIban('')).toBe('****')
  })
})

/** Mod-97 of an IBAN per ISO 13616, computed here independently of the module under test. */
function mod97Remainder(iban: string): number {
  const digits = [...(iban.slice(4) + iban.slice(0, 4))].map((c) => parseInt(c, 36)).join('')
  return Number(BigInt(digits) % 97n)
}
