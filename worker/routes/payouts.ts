import { and, sql } from 'drizzle-orm'
import { Hono } from 'hono'
import * as z from 'zod'
import { PAYOUT_KINDS, PAYOUT_STATUSES, payouts } from '../db/schema'
import { type Role, ownNetworkIds, ownNetworks, requireRole } from '../lib/access'
import type { AppEnv, SessionUser } from '../lib/context'
import {
  type Cursor,
  type ListSpec,
  POSITION,
  belongsTo,
  dateBound,
  equals,
  idEquals,
  mergeParts,
  pageOf,
  parseListQuery,
  partRows,
} from '../lib/list-query'
import { describeRoute } from '../lib/openapi'
import { networkParts, resource } from '../lib/resource'
import { csvStream } from '../lib/csv'
import { maskIban } from '../lib/iban'
import { euros } from '../lib/money'
import { payoutSums as payoutSumsShape } from '../openapi/shapes'
import { payoutSums } from '../services/payouts'

/** DESIGN §2: payouts are read by admins, coordinators (own networks) and finance (all). */
const READ_ROLES: readonly Role[] = ['admin', 'coordinator', 'finance']
/** Roles that see whom a payout goes to; coordinators never receive the account. */
const CREDITOR_ROLES: readonly Role[] = ['admin', 'finance']

/**
 * What a payout shows of the application it pays, read in one look-up as JSON (see `unpacked`):
 * D1 bills a row for every subquery of every row. The account only for roles that may see it.
 */
const ofApplication = (creditor: boolean) =>
  sql<string>`(SELECT json_object('reference', a.reference, 'title', a.title${sql.raw(
    creditor ? `, 'creditorName', a.account_holder, 'creditorIban', a.iban` : '',
  )}) FROM applications a WHERE a.id = payouts.application_id)`

const baseFields = {
  id: payouts.id,
  applicationId: payouts.applicationId,
  networkId: payouts.networkId,
  planId: payouts.planId,
  number: payouts.number,
  kind: payouts.kind,
  amountCents: payouts.amountCents,
  dueOn: payouts.dueOn,
  status: payouts.status,
  batchId: payouts.batchId,
  paidOn: payouts.paidOn,
  endToEndId: payouts.endToEndId,
  createdAt: payouts.createdAt,
  updatedAt: payouts.updatedAt,
}

/** The account masked: only the bank files and the logged reveal carry it whole. */
const masked = (iban: unknown) => (iban ? maskIban(String(iban)) : null)

/** What a role may see of a payout; the account is not even read for others. */
function fieldsFor(user: SessionUser) {
  return { ...baseFields, application: ofApplication(CREDITOR_ROLES.includes(user.role)) }
}

/** A payout row with the application's fields (`ofApplication`) in its own, the account masked. */
function unpacked({ application, ...row }: Record<string, unknown>) {
  const of = JSON.parse(String(application)) as Record<string, string | null>
  return 'creditorIban' in of
    ? { ...row, ...of, creditorIban: masked(of.creditorIban) }
    : { ...row, ...of }
}

/** One list spec for the list and its sums, so both count exactly the same payouts. */
const list: Omit<ListSpec, 'id'> = {
  sort: { id: payouts.id, dueOn: payouts.dueOn, amountCents: payouts.amountCents },
  defaultSort: ['dueOn', 'ASC'],
  filters: {
    status: equals(payouts.status, z.enum(PAYOUT_STATUSES)),
    kind: equals(payouts.kind, z.enum(PAYOUT_KINDS)),
    dueOn_gte: dateBound(payouts.dueOn, 'gte'),
    dueOn_lte: dateBound(payouts.dueOn, 'lte'),
    networkId: idEquals(payouts.networkId),
    planId: idEquals(payouts.planId),
    batchId: idEquals(payouts.batchId),
    applicationId: belongsTo(payouts, payouts.applicationId),
  },
  search: [],
}

const listSpec: ListSpec = { ...list, id: payouts.id }

const scope = (user: SessionUser) => ownNetworks(user, payouts.networkId)

/** Read-only here: payouts are scheduled by decisions and move through batches. */
const payoutResource = resource({
  name: 'payouts',
  table: payouts,
  fields: fieldsFor,
  present: unpacked,
  list,
  readRoles: READ_ROLES,
  scope,
  parts: networkParts(payouts.networkId),
  totals: { key: 'payouts', reach: (user) => ({ networkIds: ownNetworkIds(user) }) },
})

const app = new Hono<AppEnv>()

// Before the resource's GET /:id, which would take "sums" or "export.csv" for an id.
const sumsDoc = describeRoute({
  summary: 'Count and total of the filtered payouts, per status',
  list: { spec: list, params: ['filter'] },
  returns: payoutSumsShape,
})

app.get('/sums', sumsDoc, requireRole(...READ_ROLES), async (c) => {
  const user = c.get('user')
  const query = parseListQuery({ filter: c.req.query('filter') }, listSpec, c.get('locale'), user)
  return c.json(await payoutSums(c.get('db'), and(scope(user), query.where)))
})

/** Rows read per query while streaming an export, so a large one never sits in memory. */
const EXPORT_PAGE = 500

/**
 * The filtered list as CSV (UTF-8 with BOM, amounts in euros, one row per payout), in the list's
 * order, streamed a page at a time. Finance and admins also get the account it is paid to.
 */
const exportDoc = describeRoute({
  summary: 'Export the filtered payouts as CSV (UTF-8 with BOM)',
  description: 'Finance and admins also get the account each is paid to.',
  list: { spec: list, params: ['sort', 'filter'] },
  download: 'text/csv',
})

app.get('/export.csv', exportDoc, requireRole(...READ_ROLES), async (c) => {
  const user = c.get('user')
  const db = c.get('db')
  const query = parseListQuery(
    { filter: c.req.query('filter'), sort: c.req.query('sort') },
    listSpec,
    c.get('locale'),
    user,
  )
  const where = and(scope(user), query.where)
  const fields = { ...fieldsFor(user), [POSITION]: sql`${query.sortKey}`.as(POSITION) }
  const creditor = CREDITOR_ROLES.includes(user.role)
  // Each page read on from the last row of the one before (keyset, see `pageOf`), not by
  // skipping an offset.
  async function* rows() {
    for (let after: Cursor | undefined; ;) {
      const cursor = after && { direction: 'after' as const, position: after }
      const { past } = pageOf(listSpec, { ...query, where, cursor })
      const reads = past.map((part) =>
        db
          .select(fields)
          .from(payouts)
          .where(and(where, part.where))
          .orderBy(...part.orderBy)
          .limit(EXPORT_PAGE),
      )
      const read = (await db.batch(partRows(reads))) as Record<string, unknown>[][]
      const page = mergeParts(read, query.order === 'DESC').slice(0, EXPORT_PAGE)
      yield page.map((row) => {
        const p = unpacked(row) as Record<string, string | number | null>
        const line = [p.endToEndId, p.reference, p.title, p.kind, euros(Number(p.amountCents))]
        line.push(p.dueOn, p.status, p.paidOn, p.batchId)
        return creditor ? [...line, p.creditorName, p.creditorIban] : line
      })
      if (page.length < EXPORT_PAGE) return
      const last = page[page.length - 1]
      after = [last[POSITION] as string | number, last.id as number]
    }
  }
  const header = ['endToEndId', 'reference', 'title', 'kind', 'amountEur', 'dueOn', 'status']
  header.push('paidOn', 'batchId', ...(creditor ? ['creditorName', 'iban'] : []))
  return c.body(csvStream(header, rows()), 200, {
    'Content-Type': 'text/csv; charset=utf-8',
    'Content-Disposition': 'attachment; filename="betalingen.csv"',
    'Cache-Control': 'no-store',
  })
})

app.route('/', payoutResource)

export default app
