import { describe, expect, it } from 'vitest'
import { MIN_RESIDENT_SHARE, mayDecide, residentShare } from './resident-share'

describe('residentShare', () => {
  it('is null for a network without members', () => {
    expect(residentShare(0, 0)).toBeNull()
  })

  it.each([
    [0, 4, 0],
    [1, 2, 50],
    [1, 3, 33.3],
    [2, 3, 66.7],
    [5, 7, 71.4],
    [4, 4, 100],
  ])('%i residents of %i members is %d%%', (residents, members, share) => {
    expect(residentShare(residents, members)).toBe(share)
  })
})

describe('mayDecide', () => {
  it('needs at least half residents', () => {
    expect(MIN_RESIDENT_SHARE).toBe(50)
    expect(mayDecide(1, 2)).toBe(true)
    expect(mayDecide(5, 10)).toBe(true)
    expect(mayDecide(2, 3)).toBe(true)
    expect(mayDecide(4, 9)).toBe(false)
    expect(mayDecide(1, 3)).toBe(false)
    expect(mayDecide(0, 5)).toBe(false)
  })

  it('refuses a network without members', () => {
    expect(mayDecide(0, 0)).toBe(false)
  })

  it('decides exactly at the boundary, where rounding the share could mislead', () => {
    // 49.95% would round to 50.0 for display but is below half.
    expect(residentShare(999, 2000)).toBe(50)
    expect(mayDecide(999, 2000)).toBe(false)
    expect(mayDecide(1000, 2000)).toBe(true)
  })
})
