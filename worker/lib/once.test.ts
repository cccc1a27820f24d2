import { describe, expect, it, vi } from 'vitest'
import { once } from './once'

describe('once', () => {
  it('makes nothing until asked, then the same value every time', () => {
    const make = vi.fn(() => ({ made: true }))
    const value = once(make)
    expect(make).not.toHaveBeenCalled()
    const first = value()
    expect(value()).toBe(first)
    expect(make).toHaveBeenCalledTimes(1)
  })
})
