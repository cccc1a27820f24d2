import { describe, expect, it } from 'vitest'
import { centsToEuros, eurosToCents, formatEuros } from '../../admin/src/common/money'

describe('money in the panel', () => {
  it('turns typed euros into whole cents without floating-point drift', () => {
    expect(eurosToCents(12500.5)).toBe(1250050)
    expect(eurosToCents(0.29)).toBe(29)
    expect(eurosToCents(4.35)).toBe(435)
    expect(Number.isInteger(eurosToCents(1.005))).toBe(true)
    expect(eurosToCents('19,99')).toBe(1999)
    expect(eurosToCents('')).toBeNull()
    expect(eurosToCents('abc')).toBeNull()
  })

  it('shows cents as euros in an input, and nothing for an empty value', () => {
    expect(centsToEuros(1250050)).toBe('12500.50')
    expect(centsToEuros(1250001)).toBe('12500.01')
    expect(centsToEuros(500000)).toBe('5000')
    expect(centsToEuros(null)).toBe('')
    expect(centsToEuros('')).toBe('')
  })

  it('writes amounts the way the panel language does', () => {
    expect(formatEuros(1250050, 'nl')).toMatch(/€\s?12\.500,50/)
    expect(formatEuros(1250050, 'en')).toBe('€12,500.50')
  })
})
