import simpleRestProvider from 'ra-data-simple-rest'
import {
  type GetListResult,
  HttpError,
  type Identifier,
  type PaginationPayload,
  type SortPayload,
  fetchUtils,
} from 'react-admin'
import { i18nProvider } from './i18n'
import type {
  Application,
  BankChange,
  BankChangeRequest,
  BatchRequest,
  PanelSeat,
  PayoutBatch,
  PayoutSums,
  PlanRanking,
  Report,
  Review,
} from './types'

/** The API reports a bad item of a list of plain values (`postcodes.0`) where its input is. */
function atInputs(errors: Record<string, string>): Record<string, string> {
  return Object.fromEntries(
    Object.entries(errors).map(([path, text]) => [path.replace(/\.\d+$/, ''), text]),
  )
}

/**
 * Every API call: same-origin with the session cookie, and in the panel's current language so
 * server messages match the interface. Errors reject with an HttpError carrying the `{ message,
 * errors }` body, which react-admin shows as a notification and at the fields.
 */
export async function httpClient(url: string, options: fetchUtils.Options = {}) {
  const headers = new Headers(options.headers ?? { Accept: 'application/json' })
  headers.set('Accept-Language', i18nProvider.getLocale())
  try {
    return await fetchUtils.fetchJson(url, { ...options, headers, credentials: 'same-origin' })
  } catch (error) {
    if (error instanceof HttpError && error.body?.errors) {
      error.body.errors = atInputs(error.body.errors)
    }
    throw error
  }
}

/** Where a page of a list starts and ends, as the API gives it (`X-Page-First`, `X-Page-Last`). */
interface PageEnds {
  first: string
  last: string
}

/**
 * The ends of the list pages read so far, per list (resource, sort, filter, page size) and page.
 * Moving to the next or previous page then asks for the rows after or before a row the API knows
 * its place of, which it reads from an index; a page further away is asked for by its offset,
 * which the API has to count its way to.
 */
const pageEnds = new Map<string, Map<number, PageEnds>>()
/** How many lists' page ends are kept: the one in view and the last few before it. */
const KEPT_LISTS = 20

function pageEndsOf(list: string): Map<number, PageEnds> {
  const known = pageEnds.get(list)
  if (known) return known
  const ends = new Map<number, PageEnds>()
  pageEnds.set(list, ends)
  if (pageEnds.size > KEPT_LISTS) pageEnds.delete(pageEnds.keys().next().value as string)
  return ends
}

interface ListParams {
  pagination?: PaginationPayload
  sort?: SortPayload
  filter?: Record<string, unknown>
  signal?: AbortSignal
}

/**
 * A page of a list, as ra-data-simple-rest asks for it, and after (or before) the row that ends
 * the page before (or starts the page after) when that page was read. When the API only knows
 * the total to be at least so large (`X-Total-Exact: false`), react-admin gets no total but the
 * next and previous pages, and shows "1-25 van meer dan 25".
 */
async function listPage(resource: string, params: ListParams): Promise<GetListResult> {
  const { page, perPage } = params.pagination ?? { page: 1, perPage: 10 }
  const { field, order } = params.sort ?? { field: 'id', order: 'ASC' }
  const filter = params.filter ?? {}
  const query = new URLSearchParams({
    sort: JSON.stringify([field, order]),
    range: JSON.stringify([(page - 1) * perPage, page * perPage - 1]),
    filter: JSON.stringify(filter),
  })
  const ends = pageEndsOf(JSON.stringify([resource, field, order, filter, perPage]))
  const after = ends.get(page - 1)?.last
  const before = ends.get(page + 1)?.first
  if (after) query.set('after', decodeURIComponent(after))
  else if (before) query.set('before', decodeURIComponent(before))
  const { headers, json } = await httpClient(`/api/${resource}?${query}`, {
    signal: params.signal,
  })
  const [first, last] = [headers.get('X-Page-First'), headers.get('X-Page-Last')]
  if (first && last) ends.set(page, { first, last })
  if (headers.get('X-Total-Exact') === 'false') {
    return { data: json, pageInfo: { hasNextPage: true, hasPreviousPage: page > 1 } }
  }
  return { data: json, total: Number(headers.get('Content-Range')?.split('/').pop()) }
}

/** What a coordinator asks an applicant for, and in how many days (the API defaults to 14). */
export interface InfoRequest {
  message: string
  days?: number
}

export const dataProvider = {
  ...simpleRestProvider('/api', httpClient),
  getList: (resource: string, params: ListParams) => listPage(resource, params),
  getManyReference: (resource: string, params: ListParams & { target: string; id: Identifier }) =>
    listPage(resource, { ...params, filter: { ...params.filter, [params.target]: params.id } }),
  /** Asks the applicant for more information; answers with the application, now waiting for it. */
  async requestInfo(id: Identifier, request: InfoRequest): Promise<{ data: Application }> {
    const { json } = await httpClient(`/api/applications/${id}/request-info`, {
      method: 'POST',
      body: JSON.stringify(request),
    })
    return { data: json as Application }
  },
  /** Puts the user's submitted review back to draft, so they can change it (the API logs it). */
  async reopenReview(id: Identifier): Promise<{ data: Review }> {
    const { json } = await httpClient(`/api/reviews/${id}/reopen`, { method: 'POST' })
    return { data: json as Review }
  },
  /** A plan's submitted applications ranked best first, with its budget and review progress. */
  async planRanking(planId: Identifier): Promise<PlanRanking> {
    return (await httpClient(`/api/plans/${planId}/ranking`)).json as PlanRanking
  },
  /** The seats of the application's network: who may be counted as present when deciding. */
  async applicationPanel(applicationId: Identifier): Promise<PanelSeat[]> {
    return (await httpClient(`/api/applications/${applicationId}/panel`)).json as PanelSeat[]
  },
  /** The count and total of the payouts a list filter selects, in all and per status. */
  async payoutSums(filter: Record<string, unknown>): Promise<PayoutSums> {
    const query = new URLSearchParams({ filter: JSON.stringify(filter) })
    return (await httpClient(`/api/payouts/sums?${query}`)).json as PayoutSums
  },
  /** Gathers due payouts into a new batch; 409 when there is nothing to gather. */
  async gatherBatch(request: BatchRequest): Promise<{ data: PayoutBatch }> {
    const { json } = await httpClient('/api/payout-batches', {
      method: 'POST',
      body: JSON.stringify(request),
    })
    return { data: json as PayoutBatch }
  },
  /** Cancels an open batch: its payouts are scheduled again. */
  async cancelBatch(id: Identifier): Promise<{ data: PayoutBatch }> {
    const { json } = await httpClient(`/api/payout-batches/${id}/cancel`, { method: 'POST' })
    return { data: json as PayoutBatch }
  },
  /** Records an exported batch (or some of its payouts) as paid on a day. */
  async markBatchPaid(
    id: Identifier,
    paid: { paidOn: string; payoutIds?: number[] },
  ): Promise<{ data: PayoutBatch }> {
    const { json } = await httpClient(`/api/payout-batches/${id}/mark-paid`, {
      method: 'POST',
      body: JSON.stringify(paid),
    })
    return { data: json as PayoutBatch }
  },
  /** Asks to change an awarded application's account; another finance user must approve it. */
  async requestBankChange(request: BankChangeRequest): Promise<{ data: BankChange }> {
    const { json } = await httpClient('/api/bank-changes', {
      method: 'POST',
      body: JSON.stringify(request),
    })
    return { data: json as BankChange }
  },
  /** Approves or rejects a pending bank change; the requester may not approve their own. */
  async decideBankChange(
    id: Identifier,
    decision: 'approve' | 'reject',
  ): Promise<{ data: BankChange }> {
    const { json } = await httpClient(`/api/bank-changes/${id}/${decision}`, { method: 'POST' })
    return { data: json as BankChange }
  },
  /** The whole IBAN of an application or a bank change; the API logs who saw it. */
  async revealIban(resource: string, id: Identifier): Promise<{ iban: string | null }> {
    return (await httpClient(`/api/${resource}/${id}/iban`)).json as { iban: string | null }
  },
  /** Whether a mail API is configured; without one, messages wait in the outbox. */
  async messageDelivery(): Promise<{ configured: boolean }> {
    return (await httpClient('/api/messages/delivery')).json as { configured: boolean }
  },
  /** Settles a report at an amount up to the award; lower needs a reason and creates a reclaim. */
  async settleReport(
    id: Identifier,
    settlement: { settledCents: number; reason?: string },
  ): Promise<{ data: Report }> {
    const { json } = await httpClient(`/api/reports/${id}/settle`, {
      method: 'POST',
      body: JSON.stringify(settlement),
    })
    return { data: json as Report }
  },
}

/** The printable decision letter as the applicant gets it, in the panel's language. */
export const decisionLetterUrl = (decisionId: Identifier) =>
  `/api/decisions/${decisionId}/letter?lang=${i18nProvider.getLocale()}`

/** A batch's bank files; the first download marks the batch exported. */
export const batchFileUrl = (batchId: Identifier, file: 'sepa09' | 'sepa03' | 'csv') =>
  file === 'csv'
    ? `/api/payout-batches/${batchId}/payouts.csv`
    : `/api/payout-batches/${batchId}/sepa.xml?version=${file === 'sepa09' ? '09' : '03'}`

export type AppDataProvider = typeof dataProvider
