import { createMiddleware } from 'hono/factory'
import type { AppEnv } from './context'
import { ApiError } from './errors'

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS'])

/**
 * Cross-site request forgery guard for cookie-authenticated writes: a browser always says where a
 * write comes from (`Origin`, or `Sec-Fetch-Site`); anything but this site is refused. JSON bodies
 * are required by the validators, which a cross-site form cannot send without a CORS preflight.
 */
export const sameOrigin = createMiddleware<AppEnv>(async function sameOrigin(c, next) {
  if (!SAFE_METHODS.has(c.req.method)) {
    const origin = c.req.header('origin')
    const site = c.req.header('sec-fetch-site')
    // Under `Referrer-Policy: no-referrer` browsers send `Origin: null` with form posts; then
    // `Sec-Fetch-Site`, which no page can set, alone tells where the post came from.
    const known = origin && origin !== 'null'
    const crossSite = known
      ? origin !== new URL(c.req.url).origin
      : site === undefined
        ? origin === 'null'
        : site !== 'same-origin' && site !== 'none'
    if (crossSite) throw new ApiError(403, 'crossSite')
  }
  await next()
})
