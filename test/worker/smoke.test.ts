import { exports } from 'cloudflare:workers'
import { expect, it } from 'vitest'

it('answers 401 without a session', async () => {
  const res = await exports.default.fetch(new Request('http://localhost/api/plans'))
  expect(res.status).toBe(401)
  expect(await res.json()).toEqual({ message: expect.stringContaining('niet ingelogd') })
})
