import { beforeAll, describe, expect, it } from 'vitest'
import { PBKDF2_ITERATIONS, UNUSABLE_HASH, hashPassword, verifyPassword } from './password'

const password = 'correct horse battery staple'
let stored: string

/** The stored hash with one part replaced. */
function withPart(index: number, replace: (part: string) => string): string {
  const parts = stored.split('$')
  parts[index] = replace(parts[index])
  return parts.join('$')
}

/** A base64 string with its first character changed, still valid base64 of the same length. */
const flipFirst = (b64: string) => (b64[0] === 'A' ? 'B' : 'A') + b64.slice(1)

describe('password hashing', () => {
  beforeAll(async () => {
    stored = await hashPassword(password)
  })

  it('stores scheme, iterations, a 16-byte salt and a 32-byte hash', () => {
    const [scheme, iterations, salt, hash] = stored.split('$')
    expect(scheme).toBe('pbkdf2-sha256')
    expect(Number(iterations)).toBe(PBKDF2_ITERATIONS)
    expect(atob(salt)).toHaveLength(16)
    expect(atob(hash)).toHaveLength(32)
    expect(stored).not.toContain(password)
  })

  it('salts every hash afresh', async () => {
    expect(await hashPassword(password)).not.toBe(stored)
  })

  it('accepts the right password', async () => {
    expect(await verifyPassword(password, stored)).toBe(true)
  })

  it('refuses a wrong password, also one differing only in case or a trailing space', async () => {
    expect(await verifyPassword('correct horse battery stapler', stored)).toBe(false)
    expect(await verifyPassword('Correct horse battery staple', stored)).toBe(false)
    expect(await verifyPassword(`${password} `, stored)).toBe(false)
  })

  it('refuses when the stored hash, salt or iteration count was tampered with', async () => {
    expect(await verifyPassword(password, withPart(3, flipFirst))).toBe(false)
    expect(await verifyPassword(password, withPart(2, flipFirst))).toBe(false)
    expect(
      await verifyPassword(
        password,
        withPart(1, () => '99999'),
      ),
    ).toBe(false)
    expect(
      await verifyPassword(
        password,
        withPart(3, (h) => h.slice(0, 24)),
      ),
    ).toBe(false)
  })

  it('refuses malformed or foreign hashes without throwing', async () => {
    expect(await verifyPassword(password, '')).toBe(false)
    expect(await verifyPassword(password, 'plain text')).toBe(false)
    expect(
      await verifyPassword(
        password,
        withPart(0, () => 'bcrypt'),
      ),
    ).toBe(false)
    expect(await verifyPassword(password, stored.split('$').slice(0, 3).join('$'))).toBe(false)
  })

  it('never matches the unusable hash used for unknown e-mail addresses', async () => {
    expect(await verifyPassword('', UNUSABLE_HASH)).toBe(false)
    expect(await verifyPassword(password, UNUSABLE_HASH)).toBe(false)
  })
})
