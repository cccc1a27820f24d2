import { Hono } from 'hono'
import type { RouterRoute } from 'hono/types'
import type { AppEnv } from '../lib/context'
import { describeRoute } from '../lib/openapi'
import { ApiDocsPage } from '../views/api-docs'
import { openApiDocument } from './document'

/** The docs page is a static document: the site's stylesheet, nothing else. */
const DOCS_POLICY = "default-src 'none'; style-src 'self'; base-uri 'none'; frame-ancestors 'none'"

const tags = ['docs']

/**
 * `/openapi.json` and `/docs`, public, describing the routes of the app `appOf` answers: the
 * whole app, which is only complete once these are mounted in it.
 */
export function apiDocs(appOf: () => { routes: readonly RouterRoute[] }) {
  const docs = new Hono<AppEnv>()

  docs.get(
    '/openapi.json',
    describeRoute({
      summary: 'This description of the API (OpenAPI 3.1)',
      tags,
      returns: { type: 'object' },
    }),
    (c) => c.json(openApiDocument(appOf())),
  )

  docs.get(
    '/docs',
    describeRoute({
      summary: 'The API reference as a web page',
      tags,
      html: true,
    }),
    (c) => {
      c.header('Content-Security-Policy', DOCS_POLICY)
      return c.html(ApiDocsPage({ document: openApiDocument(appOf()) }))
    },
  )

  return docs
}
