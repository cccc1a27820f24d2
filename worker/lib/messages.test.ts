import { describe, expect, it } from 'vitest'
import { MESSAGE_KEYS, isMessageKey, localeFrom, translate } from './messages'

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort()

describe('messages', () => {
  it('knows every key as a message key, and nothing else', () => {
    expect(MESSAGE_KEYS.every(isMessageKey)).toBe(true)
    expect(isMessageKey('toString')).toBe(false)
  })

  it.each(MESSAGE_KEYS)('%s has a text and the same placeholders in both', (key) => {
    const nl = translate('nl', { key })
    const en = translate('en', { key })
    expect(nl).toMatch(/\S/)
    expect(en).toMatch(/\S/)
    expect(placeholders(en)).toEqual(placeholders(nl))
  })

  it('fills every placeholder it is given a value for', () => {
    expect(translate('nl', { key: 'tooManyRequests', params: { minutes: 15 } })).toBe(
      'Te veel pogingen. Probeer het over 15 minuten opnieuw.',
    )
    expect(
      translate('en', { key: 'planTransition', params: { from: 'draft', to: 'closed' } }),
    ).toBe('A plan with status "draft" cannot move to "closed".')
    for (const key of MESSAGE_KEYS) {
      const params = Object.fromEntries(placeholders(translate('nl', { key })).map((p) => [p, 7]))
      expect(translate('nl', { key, params })).not.toMatch(/\{\w+\}/)
      expect(translate('en', { key, params })).not.toMatch(/\{\w+\}/)
    }
  })

  it('leaves a placeholder without a value visible instead of writing "undefined"', () => {
    expect(translate('en', { key: 'tooSmall', params: {} })).toBe(
      'Enter a number of at least {min}.',
    )
  })

  it('picks English only when the first preferred language is English', () => {
    expect(localeFrom(undefined)).toBe('nl')
    expect(localeFrom('')).toBe('nl')
    expect(localeFrom('en')).toBe('en')
    expect(localeFrom('en-GB,en;q=0.9,nl;q=0.8')).toBe('en')
    expect(localeFrom('EN-us')).toBe('en')
    expect(localeFrom('nl-NL,nl;q=0.9,en;q=0.8')).toBe('nl')
    expect(localeFrom('de-DE')).toBe('nl')
  })
})
