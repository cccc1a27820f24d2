import { describe, expect, it } from 'vitest'
import { bookmarkFrom, sessionStart } from './session'

const BOOKMARK = '00000085-0000024c-00004c6d-8e61117bf38d7adb71b934ebbf891683'

describe('sessionStart', () => {
  it.each([
    '/',
    '/en',
    '/en/',
    '/register',
    '/en/register',
    '/aanvragen/12',
    '/api/public/plans',
    '/api/public/register',
    '/api/applications',
    '/api/applications/42',
    '/api/audit-log/7/history',
    '/api/payout-batches/3',
    '/api/dashboard/pipeline',
    '/api/plans/5/ranking',
    '/api/payouts/sums',
    '/api/payouts/export.csv',
  ])('lets GET %s read a replica, from the bookmark when there is one', (path) => {
    expect(sessionStart('GET', path, undefined)).toBe('first-unconstrained')
    expect(sessionStart('HEAD', path, undefined)).toBe('first-unconstrained')
    expect(sessionStart('GET', path, BOOKMARK)).toBe(BOOKMARK)
  })

  it.each([
    '/api/auth/me',
    '/api/applications/42/iban',
    '/api/bank-changes/3/iban',
    '/api/applications/42/panel',
    '/api/payout-batches/3/sepa.xml',
    '/api/payout-batches/3/payouts.csv',
    '/api/decisions/9/letter',
    '/api/attachments/4/content',
    '/api/public/applications/abc',
    '/api/public/applications/abc/export',
    '/aanvraag/abc',
    '/aanvraag/abc/gegevens',
    '/en/aanvraag/abc/besluit',
  ])('keeps GET %s on the primary, bookmark or not', (path) => {
    expect(sessionStart('GET', path, undefined)).toBe('first-primary')
    expect(sessionStart('GET', path, BOOKMARK)).toBe('first-primary')
  })

  it.each(['POST', 'PUT', 'DELETE', 'PATCH'])('starts every %s on the primary', (method) => {
    for (const path of ['/api/applications', '/api/applications/42', '/aanvragen/12', '/']) {
      expect(sessionStart(method, path, BOOKMARK)).toBe('first-primary')
    }
  })
})

describe('bookmarkFrom', () => {
  it('takes a bookmark as D1 writes it', () => {
    expect(bookmarkFrom(BOOKMARK)).toBe(BOOKMARK)
  })

  it.each([undefined, '', 'first-primary', 'not-a-bookmark', `${BOOKMARK};x`, 'abc', '-00ff'])(
    'ignores %j',
    (value) => {
      expect(bookmarkFrom(value)).toBeUndefined()
    },
  )
})
