import { and, sql } from 'drizzle-orm'
import { Hono } from 'hono'
import * as z from 'zod'
import { PAYOUT_KINDS, PAYOUT_STATUSES, payouts } from '../db/schema'
import { type Role, ownNetworkIds, ownNetworks, requireRole } from '../lib/access'
import type { AppEnv, SessionUser } from '../lib/context'
import {
  type Cursor,
  type ListSpec,
  belongsTo,
  beyond,
  dateBound,
  equals,
  idEquals,
  parseListQuery,
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

/** A column of the application the payout pays. */
const ofApplication = (column: 'reference' | 'title' | 'account_holder' | 'iban') =>
  sql<string | null>`(SELECT ${sql.raw(`a.${column}`)} FROM applications a
    WHERE a.id = payouts.application_id)`

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
  reference: ofApplication('reference'),
  title: ofApplication('title'),
}

const creditorFields = {
  creditorName: ofApplication('account_holder'),
  creditorIban: ofApplication('iban'),
}

/** The account masked: only the bank files and the logged reveal carry it whole. */
const masked = (iban: unknown) => (iban ? maskIban(String(iban)) : null)

/** What a role may see of a payout; the account is not even read for others. */
function fieldsFor(user: SessionUser) {
  return CREDITOR_ROLES.includes(user.role) ? { ...baseFields, ...creditorFields } : baseFields
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
  present: (row) =>
    'creditorIban' in row ? { ...row, creditorIban: masked(row.creditorIban) } : row,
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
  const fields = { ...fieldsFor(user), position: sql`${query.sortKey}`.as('position') }
  const creditor = CREDITOR_ROLES.includes(user.role)
  // Each page read on from the last row of the one before (keyset), not by skipping an offset.
  async function* rows() {
    for (let after: Cursor | undefined; ;) {
      const page = await db
        .select(fields)
        .from(payouts)
        .where(and(where, after && beyond(listSpec, query, after, true)))
        .orderBy(...query.orderBy)
        .limit(EXPORT_PAGE)
      yield (page as Record<string, string | number | null>[]).map((p) => {
        const line = [p.endToEndId, p.reference, p.title, p.kind, euros(Number(p.amountCents))]
        line.push(p.dueOn, p.status, p.paidOn, p.batchId)
        return creditor ? [...line, p.creditorName, masked(p.creditorIban)] : line
      })
      if (page.length < EXPORT_PAGE) return
      const last = page[page.length - 1]
      after = [last.position as string | number, last.id]
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
