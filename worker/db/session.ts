import type { Context } from 'hono'
import { getCookie, setCookie } from 'hono/cookie'
import type { AppEnv } from '../lib/context'

/**
 * D1 read replication through the Sessions API. Every request runs in one D1 session, so its own
 * queries are sequentially consistent. Reads that only show data may start on the nearest replica;
 * everything else starts on the primary, so that what a request checks before it writes is
 * current. The bookmark of the latest write travels in a cookie, and a reader's next session
 * starts from it: whoever wrote something reads it back on any replica.
 */

/** The D1 bookmark a browser carries from a write to its next reads. */
export const BOOKMARK_COOKIE = 'bk_bookmark'

/**
 * GETs that only read and whose data may lag the primary by the replication delay: the public
 * pages anyone may read, and the staff's lists, records, histories and dashboard. Every other
 * route starts on the primary: the writes, and the reads that feed a write or must be exact,
 * such as the bank files (which mark a batch exported), revealing an IBAN (logged) and the
 * applicant's own pages and data. A GET that writes must never match these.
 */
const REPLICA_READS = [
  /^(\/en)?\/?$/,
  /^(\/en)?\/register\/?$/,
  /^(\/en)?\/aanvragen\/\d+\/?$/,
  /^\/api\/public\/(plans|register)$/,
  /^\/api\/dashboard\/[a-z-]+$/,
  /^\/api\/(?!auth\/|public\/)[a-z-]+(\/\d+(\/history)?)?$/,
  /^\/api\/plans\/\d+\/ranking$/,
  /^\/api\/payouts\/(sums|export\.csv)$/,
]

/** D1 bookmarks are hexadecimal groups separated by dashes; anything else is not one of ours. */
const BOOKMARK = /^[0-9a-f]{1,64}(-[0-9a-f]{1,64}){1,7}$/

/** A bookmark the client sent, if it looks like one D1 wrote. */
export function bookmarkFrom(value: string | undefined): D1SessionBookmark | undefined {
  return value !== undefined && BOOKMARK.test(value) ? value : undefined
}

/** Whether a request only reads data that may come from a replica. */
export function readsReplica(method: string, path: string): boolean {
  return (method === 'GET' || method === 'HEAD') && REPLICA_READS.some((read) => read.test(path))
}

/**
 * Where a request's session starts: on the primary unless it only reads; a read starts no earlier
 * than the client's bookmark, so it sees what that client wrote; without one, anywhere.
 */
export function sessionStart(
  method: string,
  path: string,
  bookmark: D1SessionBookmark | undefined,
): D1SessionConstraint | D1SessionBookmark {
  if (!readsReplica(method, path)) return 'first-primary'
  return bookmark ?? 'first-unconstrained'
}

/** A request's D1 session, with what it started from. */
export interface OpenSession {
  session: D1DatabaseSession
  /** The client's bookmark, if it sent a valid one. */
  held: D1SessionBookmark | undefined
  onPrimary: boolean
}

/** Starts the request's D1 session from its method, path and the client's bookmark cookie. */
export function openSession(c: Context<AppEnv>): OpenSession {
  const held = bookmarkFrom(getCookie(c, BOOKMARK_COOKIE))
  const start = sessionStart(c.req.method, c.req.path, held)
  return { session: c.env.DB.withSession(start), held, onPrimary: start === 'first-primary' }
}

/**
 * Hands the session's bookmark back to a client whose request ran on the primary (it may have
 * written) or that already holds one, so that its next reads start at least this far. Visitors
 * who only read the public pages get no cookie, and neither does a refused request: it changed
 * nothing to read back.
 */
export function keepBookmark(c: Context<AppEnv>, { session, held, onPrimary }: OpenSession) {
  const latest = session.getBookmark()
  if (!latest || latest === held || !(onPrimary || held) || c.res.status >= 400) return
  setCookie(c, BOOKMARK_COOKIE, latest, {
    httpOnly: true,
    sameSite: 'Lax',
    secure: new URL(c.req.url).protocol === 'https:',
    path: '/',
  })
}
