/** The requests the benchmark measures, on the generated data set (scripts/bench-data.ts). */
import { addDays } from '../worker/domain/decision-due'
import { type BenchManifest, DEEP_PAGE_ROW, SCALE } from './bench-data'

/** Who sends the request: a bench account's session, or nobody. */
export type Caller = 'admin' | 'coordinator' | 'finance' | 'reviewer' | 'anonymous'

export interface BenchCase {
  group: string
  name: string
  path: string
  as: Caller
  /** An admin list page: held to the list targets of the issue and timed on SQLite directly. */
  list?: boolean
  /** The answer expected; 200 unless said. */
  status?: number
  /** Measures the fixed cost of a request without D1, or of one D1 round trip on top of it. */
  fixedCost?: 'request' | 'roundTrip'
}

/** A bank file: timed to its last byte, one request at a time, with workerd's memory. */
export interface ExportCase {
  name: string
  path: string
  payouts: number
}

const PAGE = [0, 24]

/** A ra-data-simple-rest list URL, as the admin panel's data provider writes it. */
function list(
  resource: string,
  sort: [string, string],
  filter: object = {},
  range = PAGE,
  after?: unknown[],
): string {
  const params = new URLSearchParams({
    sort: JSON.stringify(sort),
    range: JSON.stringify(range),
    filter: JSON.stringify(filter),
    ...(after ? { after: JSON.stringify(after) } : {}),
  })
  return `/api/${resource}?${params}`
}

export function benchCases(m: BenchManifest): BenchCase[] {
  const newest: [string, string] = ['submittedAt', 'DESC']
  const urgent: [string, string] = ['decisionDueOn', 'ASC']
  const applications = (name: string, path: string, as: Caller = 'admin'): BenchCase => ({
    group: 'Applications list',
    name,
    path,
    as,
    list: true,
  })
  const monthAgo = addDays(m.today, -30)
  const deep = DEEP_PAGE_ROW.toLocaleString('en-US')
  const widget = (name: string, query = '', as: Caller = 'admin'): BenchCase => ({
    group: 'Dashboard',
    name,
    path: `/api/dashboard/${name}${query}`,
    as,
  })
  return [
    {
      group: 'Fixed cost',
      name: 'no D1: /api/auth/me without a session (401)',
      path: '/api/auth/me',
      as: 'anonymous',
      status: 401,
      fixedCost: 'request',
    },
    {
      group: 'Fixed cost',
      name: 'one D1 query: /api/auth/me',
      path: '/api/auth/me',
      as: 'admin',
      fixedCost: 'roundTrip',
    },
    applications('default sort (newest first)', list('applications', newest)),
    applications('sort by id', list('applications', ['id', 'ASC'])),
    applications('sort by reference', list('applications', ['reference', 'DESC'])),
    applications('sort by title', list('applications', ['title', 'ASC'])),
    applications('sort by requested amount', list('applications', ['requestedCents', 'DESC'])),
    applications('sort by decision date', list('applications', ['decisionDueOn', 'ASC'])),
    applications('filter status', list('applications', newest, { status: 'submitted' })),
    applications('filter network', list('applications', newest, { networkId: m.networkId })),
    applications('filter plan', list('applications', newest, { planId: m.openPlanId })),
    applications('filter priority', list('applications', newest, { priorityId: m.priorityId })),
    applications('filter due soon, newest first', list('applications', newest, { due: 'soon' })),
    applications('filter overdue, newest first', list('applications', newest, { due: 'overdue' })),
    applications(
      'filter due soon, by decision date (as the dashboard links)',
      list('applications', urgent, { due: 'soon' }),
    ),
    applications(
      'filter overdue, by decision date (as the dashboard links)',
      list('applications', urgent, { due: 'overdue' }),
    ),
    applications(
      'filter removal requested',
      list('applications', newest, { removalRequested: true }),
    ),
    applications(
      'filter submitted in the last 30 days',
      list('applications', newest, { submittedAt_gte: monthAgo, submittedAt_lte: m.today }),
    ),
    applications(
      'getMany (25 ids)',
      list('applications', newest, { id: Array.from({ length: 25 }, (_, i) => 1 + i * 3_989) }),
    ),
    applications('reviewer queue', list('applications', newest, { reviewQueue: true }), 'reviewer'),
    applications(`q: "${m.searchWord}"`, list('applications', newest, { q: m.searchWord })),
    applications('q: a reference', list('applications', newest, { q: m.searchReference })),
    // What keyset paging avoids, for comparison: not a page the panel asks for.
    {
      ...applications(
        `deep page by offset (row ${deep}), for comparison`,
        list('applications', newest, {}, [DEEP_PAGE_ROW, DEEP_PAGE_ROW + 24]),
      ),
      list: false,
    },
    applications(
      `deep page after a row (${deep}), as the panel pages`,
      list('applications', newest, {}, [DEEP_PAGE_ROW, DEEP_PAGE_ROW + 24], m.deepPosition),
    ),
    applications('coordinator, own networks', list('applications', newest), 'coordinator'),
    {
      group: 'Application',
      name: 'show (admin)',
      path: `/api/applications/${m.applicationId}`,
      as: 'admin',
    },
    {
      group: 'Application',
      name: 'show (coordinator)',
      path: `/api/applications/${m.applicationId}`,
      as: 'coordinator',
    },
    {
      group: 'Application',
      name: 'ranking of a plan',
      path: `/api/plans/${m.openPlanId}/ranking`,
      as: 'admin',
    },
    widget('budget'),
    widget('priorities', `?planId=${m.openPlanId}`),
    widget('pipeline'),
    widget('review-progress'),
    widget('decisions-due'),
    widget('payouts-due'),
    widget('held-payouts'),
    widget('batches'),
    widget('budget', '', 'coordinator'),
    {
      group: 'Payouts',
      name: 'list (finance, default sort)',
      path: list('payouts', ['dueOn', 'ASC']),
      as: 'finance',
      list: true,
    },
    {
      group: 'Payouts',
      name: 'page after a row deep inside the busiest due date',
      path: list('payouts', ['dueOn', 'ASC'], {}, [400, 424], m.tiedPayoutPosition),
      as: 'finance',
      list: true,
    },
    {
      group: 'Payouts',
      name: 'list, scheduled only',
      path: list('payouts', ['dueOn', 'ASC'], { status: 'scheduled' }),
      as: 'finance',
      list: true,
    },
    {
      group: 'Audit log',
      name: 'list (admin, newest first)',
      path: list('audit-log', ['at', 'DESC']),
      as: 'admin',
      list: true,
    },
    { group: 'Public', name: 'landing page /', path: '/', as: 'anonymous' },
    { group: 'Public', name: 'landing page /en', path: '/en', as: 'anonymous' },
    { group: 'Public', name: 'register /register', path: '/register', as: 'anonymous' },
    {
      group: 'Public',
      name: 'register /api/public/register',
      path: '/api/public/register',
      as: 'anonymous',
    },
    {
      group: 'Public',
      name: 'status page of an application',
      path: `/aanvraag/${m.applicationToken}`,
      as: 'anonymous',
    },
  ]
}

export function exportCases(m: BenchManifest): ExportCase[] {
  const { largeBatch: large, smallBatch: small } = SCALE
  return [
    ['SEPA pain.001.001.09', 'sepa.xml'],
    ['CSV', 'payouts.csv'],
  ].flatMap(([name, file]) => [
    { name, path: `/api/payout-batches/${m.smallBatchId}/${file}`, payouts: small },
    { name, path: `/api/payout-batches/${m.largeBatchId}/${file}`, payouts: large },
  ])
}
