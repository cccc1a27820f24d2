/**
 * The benchmark's data set: a city-wide deployment with 24 networks, 100,000 applications in every
 * status over four plan years, their reviews (700,000 scores), decisions, 100,000 payouts in
 * weekly batches (and two open ones of 10,000 and 1,000 to export), reports, bank changes,
 * messages and 200,000 audit entries. Every row follows the app's own rules, through the domain
 * functions where there is one: review totals and application scores as the review service keeps
 * them, payout schedules as a decision makes them, plans' awarded totals within their ceilings.
 *
 * Deterministic: a fixed seed, and dates counted from the day it is generated (plans of this year
 * are open), so two runs on the same day load the same rows.
 */
import { createHash } from 'node:crypto'
import {
  addDays,
  daysBetween,
  decisionDueOn,
  infoDueOn,
  objectionDeadline,
} from '../worker/domain/decision-due'
import { payoutSchedule, scheduledNow } from '../worker/domain/payout-schedule'
import {
  type ReviewFacts,
  type WeightedCriterion,
  applicationScore,
  hasKnockout,
  reviewTotal,
} from '../worker/domain/scoring'
import { isValidIban } from '../worker/lib/iban'
import {
  ACTIVITIES,
  BUDGET_LINES,
  FIRST_NAMES,
  LAST_NAMES,
  MOTIVATIONS,
  NETWORKS,
  ORGANISATION_KINDS,
  PLACES,
  PRIORITIES,
  REPORT_NARRATIVES,
  SCORE_REASONS,
  TARGET_GROUPS,
} from './bench-words'
import { defaultCriteria } from './demo-data'

/** How deep the benchmark pages into the applications list. */
export const DEEP_PAGE_ROW = 50_000

export const SCALE = {
  applications: 100_000,
  /** Payouts in the open batch whose SEPA and CSV files are measured. */
  largeBatch: 10_000,
  /** The same export at a tenth of the size, to see whether memory grows with the batch. */
  smallBatch: 1_000,
  auditEntries: 200_000,
}

/** The bench's own accounts, all with the demo password. */
export const BENCH_USERS = {
  admin: 'bench-admin@example.org',
  coordinator: 'bench-coordinator@example.org',
  finance: 'bench-finance@example.org',
  reviewer: 'bench-reviewer@example.org',
}

/** What the measurements need to know about the generated data. */
export interface BenchManifest {
  today: string
  /** Networks where the bench coordinator holds a seat. */
  coordinatorNetworkIds: number[]
  networkId: number
  /** This year's open plan of the first network: the ranking measured. */
  openPlanId: number
  priorityId: number
  /** A submitted application in the first network. */
  applicationId: number
  /** The private-link token of that application (its stored hash is SHA-256 of it). */
  applicationToken: string
  largeBatchId: number
  smallBatchId: number
  searchWord: string
  searchReference: string
  /** The keyset position of the 50,000th application in the default order (newest first). */
  deepPosition: [string, number]
  /** [dueOn, id] of a payout deep inside the due date most payouts share, in the list's order. */
  tiedPayoutPosition: [string, number]
  rows: Record<string, number>
}

type Status =
  | 'draft'
  | 'submitted'
  | 'info_requested'
  | 'awarded'
  | 'rejected'
  | 'withdrawn'
  | 'reported'
  | 'settled'
type ApplicantType = 'resident' | 'group' | 'foundation' | 'association'
type Cell = string | number | boolean | null
type Row = Cell[]

const SEED = 20_261_122
const STAFF_PER_NETWORK = 12
const PRIORITIES_PER_PLAN = 5
const DECIDED: Status[] = ['awarded', 'rejected', 'reported', 'settled']
const AWARDED: Status[] = ['awarded', 'reported', 'settled']
const LARGE_GRANT_CENTS = 500_000
const WIDE_MAX_GRANT_CENTS = 1_500_000
const BANK_CODES = ['INGB', 'RABO', 'ABNA', 'TRIO', 'SNSB', 'ASNB', 'BUNQ', 'KNAB']

/** mulberry32: small, fast and the same on every machine. */
function random(seed: number) {
  let state = seed >>> 0
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296
  }
  const int = (lo: number, hi: number) => lo + Math.floor(next() * (hi - lo + 1))
  return {
    next,
    int,
    chance: (p: number) => next() < p,
    pick: <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)],
    weighted<T>(entries: readonly (readonly [T, number])[]): T {
      let left = next() * entries.reduce((sum, [, weight]) => sum + weight, 0)
      for (const [value, weight] of entries) {
        left -= weight
        if (left < 0) return value
      }
      return entries[entries.length - 1][0]
    },
    /** `count` distinct items of `list`, in random order. */
    sample<T>(list: readonly T[], count: number): T[] {
      const copy = [...list]
      for (let i = copy.length - 1; i > 0; i--) {
        const j = int(0, i)
        ;[copy[i], copy[j]] = [copy[j], copy[i]]
      }
      return copy.slice(0, count)
    },
  }
}

const stamp = (day: string, minutes: number) =>
  `${day}T${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}:00.000Z`
const later = (a: string, b: string) => (a > b ? a : b)
const earlier = (a: string, b: string) => (a < b ? a : b)
/** The Monday on or after a day: finance pays once a week. */
function nextMonday(day: string): string {
  const weekday = new Date(`${day}T00:00:00Z`).getUTCDay()
  return addDays(day, (8 - weekday) % 7)
}
const ascii = (text: string) =>
  text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z]+/g, '')

const tokenHash = (token: string) => createHash('sha256').update(token).digest('hex')
/** A private link's token of the right shape (43 base64url characters), known to the bench. */
const benchToken = (id: number) => `bench-${String(id).padStart(37, '0')}`

/** A Dutch IBAN with valid check digits (the mod-97 test is the app's own). */
function iban(bank: string, account: number): string {
  const bban = `${bank}${String(account).padStart(10, '0')}`
  for (let check = 2; check <= 98; check++) {
    const candidate = `NL${String(check).padStart(2, '0')}${bban}`
    if (isValidIban(candidate)) return candidate
  }
  throw new Error(`no check digits for ${bban}`)
}

interface Seat {
  memberId: number
  userId: number
  kind: 'resident' | 'professional'
}

interface Plan {
  id: number
  networkId: number
  year: number
  status: 'draft' | 'open' | 'closed'
  maxGrantCents: number
  priorityIds: number[]
  criteria: WeightedCriterion[]
  awardedCents: number
}

interface Review {
  id: number
  reviewerId: number
  status: 'draft' | 'submitted'
  conflict: boolean
  scores: number[]
  total: number | null
  submittedAt: string | null
  at: string
}

interface Payout {
  id: number
  applicationId: number
  number: number
  kind: 'advance' | 'installment' | 'final' | 'reclaim'
  amountCents: number
  dueOn: string
  status: 'scheduled' | 'batched' | 'paid' | 'cancelled'
  batchId: number | null
  paidOn: string | null
  createdAt: string
}

interface Application {
  id: number
  plan: Plan
  networkId: number
  status: Status
  type: ApplicantType
  requestedCents: number
  ownCents: number
  activity: number
  place: number
  firstName: string
  lastName: string
  organisation: string | null
  createdAt: string
  updatedAt: string
  submittedAt: string | null
  decidedOn: string | null
  infoRequestedAt: string | null
  startsOn: string | null
  endsOn: string | null
  reportedOn: string | null
  settledOn: string | null
  withdrawnAt: string | null
  closedOn: string | null
  reference: string | null
  reviews: Review[]
  amountCents: number
  settledCents: number | null
  partial: boolean
  payouts: Payout[]
}

/** A review's scores, one per criterion of the plan in order, as the scoring rules take them. */
const criterionScores = (plan: Plan, scores: number[]) =>
  scores.map((score, k) => ({ criterionId: plan.criteria[k].id, score }))

/** Builds the whole data set in memory, then writes it as SQL, table by table in FK order. */
export class BenchData {
  readonly manifest: BenchManifest
  private readonly r = random(SEED)
  private readonly today: string
  private readonly year: number
  private readonly users: Row[] = []
  private readonly networks: Row[] = []
  private readonly seats = new Map<number, Seat[]>()
  private readonly plans: Plan[] = []
  private readonly planOf = new Map<string, Plan>()
  private readonly applications: Application[] = []
  private readonly batches: Row[] = []
  private readonly batchByDay = new Map<string, number>()
  private nextReview = 1
  private nextPayout = 1

  constructor(today: string, passwordHash: string) {
    this.today = today
    this.year = Number(today.slice(0, 4))
    this.staff(passwordHash)
    this.planYears()
    for (let id = 1; id <= SCALE.applications; id++) this.applications.push(this.application(id))
    this.numberReferences()
    const [largeBatchId, smallBatchId] = this.openBatches()
    this.paidBatches()
    this.settleBudgets()
    const first = this.plans.find((p) => p.networkId === 1 && p.year === this.year)!
    const shown = this.applications.find((a) => a.networkId === 1 && a.status === 'submitted')!
    this.manifest = {
      today,
      coordinatorNetworkIds: [1, 2],
      networkId: 1,
      openPlanId: first.id,
      priorityId: first.priorityIds[0],
      applicationId: shown.id,
      applicationToken: benchToken(shown.id),
      largeBatchId,
      smallBatchId,
      searchWord: 'moestuin',
      searchReference: shown.reference!,
      deepPosition: this.positionInDefaultOrder(DEEP_PAGE_ROW),
      tiedPayoutPosition: this.deepInBusiestDueDate(),
      rows: {},
    }
  }

  /** [submittedAt, id] of the n-th submitted application, newest first as the list sorts. */
  private positionInDefaultOrder(n: number): [string, number] {
    const row = this.applications
      .filter((a) => a.submittedAt)
      .sort((x, y) => y.submittedAt!.localeCompare(x.submittedAt!) || y.id - x.id)[n - 1]
    return [row.submittedAt!, row.id]
  }

  /** The payout four fifths into the ones due on the day most payouts are due. */
  private deepInBusiestDueDate(): [string, number] {
    const byDay = new Map<string, number[]>()
    for (const p of this.allPayouts()) {
      const ids = byDay.get(p.dueOn) ?? []
      ids.push(p.id)
      byDay.set(p.dueOn, ids)
    }
    const [day, ids] = [...byDay].sort((x, y) => y[1].length - x[1].length)[0]
    ids.sort((x, y) => x - y)
    return [day, ids[Math.floor((ids.length * 4) / 5)]]
  }

  private staff(passwordHash: string) {
    const now = stamp(addDays(this.today, -1500), 480)
    const user = (email: string, name: string, role: string) => {
      this.users.push([this.users.length + 1, email, name, role, 1, passwordHash, now, now])
      return this.users.length
    }
    user(BENCH_USERS.admin, 'Bench Beheerder', 'admin')
    const coordinator = user(BENCH_USERS.coordinator, 'Bench Coördinator', 'coordinator')
    user(BENCH_USERS.finance, 'Bench Financiën', 'finance')
    const reviewer = user(BENCH_USERS.reviewer, 'Bench Beoordelaar', 'reviewer')
    user('tweede-financien@example.org', 'Femke Meijer', 'finance')
    let memberId = 0
    NETWORKS.forEach(([name, area, postcode, areas], i) => {
      const networkId = i + 1
      const seats: Seat[] = []
      for (let k = 0; k < STAFF_PER_NETWORK; k++) {
        const first = FIRST_NAMES[(i * 7 + k) % FIRST_NAMES.length]
        const last = LAST_NAMES[(i * 5 + k * 3) % LAST_NAMES.length]
        const email = `${ascii(first)}.${ascii(last)}.${networkId}-${k}@example.org`
        const userId = user(email, `${first} ${last}`, k === 0 ? 'coordinator' : 'reviewer')
        // The coordinator and four reviewers work there; seven reviewers live there.
        const kind = k >= 1 && k <= 7 ? 'resident' : 'professional'
        seats.push({ memberId: ++memberId, userId, kind })
      }
      if (networkId <= 2)
        seats.push({ memberId: ++memberId, userId: coordinator, kind: 'resident' })
      if (networkId === 1) seats.push({ memberId: ++memberId, userId: reviewer, kind: 'resident' })
      this.seats.set(networkId, seats)
      const postcodes = Array.from({ length: areas }, (_, k) => String(postcode + k))
      const residents = seats.filter((s) => s.kind === 'resident').length
      this.networks.push([
        networkId,
        name,
        area,
        JSON.stringify(postcodes),
        seats.length,
        residents,
        now,
        now,
      ])
    })
  }

  private planYears() {
    let priorityId = 0
    let criterionId = 0
    for (let networkId = 1; networkId <= NETWORKS.length; networkId++) {
      for (let year = this.year - 3; year <= this.year + 1; year++) {
        const status = year < this.year ? 'closed' : year === this.year ? 'open' : 'draft'
        const priorityIds = Array.from({ length: PRIORITIES_PER_PLAN }, () => ++priorityId)
        const criteria = defaultCriteria.map(([, , weight, knockout]) => ({
          id: ++criterionId,
          weight,
          knockout,
        }))
        const plan: Plan = {
          id: this.plans.length + 1,
          networkId,
          year,
          status,
          maxGrantCents: networkId % 6 === 0 ? LARGE_GRANT_CENTS : WIDE_MAX_GRANT_CENTS,
          priorityIds,
          criteria,
          awardedCents: 0,
        }
        this.plans.push(plan)
        this.planOf.set(`${networkId}-${year}`, plan)
      }
    }
  }

  private statusOf(year: number): Status {
    const r = this.r
    if (year < this.year - 1) {
      return r.weighted([
        ['settled', 70],
        ['rejected', 18],
        ['withdrawn', 5],
        ['awarded', 4],
        ['reported', 3],
      ] as const)
    }
    if (year < this.year) {
      return r.weighted([
        ['settled', 45],
        ['rejected', 20],
        ['awarded', 15],
        ['reported', 15],
        ['withdrawn', 5],
      ] as const)
    }
    return r.weighted([
      ['submitted', 28],
      ['awarded', 33],
      ['draft', 13],
      ['rejected', 11],
      ['info_requested', 5],
      ['reported', 4],
      ['withdrawn', 3],
      ['settled', 2],
    ] as const)
  }

  private requestedCents(plan: Plan, type: ApplicantType): number {
    const r = this.r
    const mayBeLarge =
      plan.maxGrantCents > LARGE_GRANT_CENTS && type !== 'resident' && type !== 'group'
    if (mayBeLarge && r.chance(0.85)) return LARGE_GRANT_CENTS + r.int(0, 40) * 25_000
    // Most requests are small: a few hundred euros, fewer up to just under €5,000.
    return Math.round((15_000 + 484_000 * r.next() ** 2) / 500) * 500
  }

  /**
   * The days an application went through, from its plan year and where it stands now. Every
   * event lies before today, so no stored moment is in the future.
   */
  private timeline(a: Application) {
    const r = this.r
    const yesterday = addDays(this.today, -1)
    const yearStart = `${a.plan.year}-01-05`
    const lastDay = earlier(`${a.plan.year}-11-30`, addDays(this.today, -30))
    const spread = (from: string, to: string) =>
      addDays(from, r.int(0, Math.max(0, daysBetween(from, to))))
    let submitted: string
    switch (a.status) {
      case 'draft': {
        const created = addDays(yesterday, -r.int(0, 85))
        a.createdAt = stamp(created, r.int(480, 1000))
        a.updatedAt = stamp(earlier(addDays(created, r.int(0, 5)), yesterday), 1320)
        return
      }
      case 'submitted':
        submitted = addDays(yesterday, -r.int(0, 75))
        break
      case 'info_requested':
        submitted = addDays(yesterday, -r.int(10, 70))
        break
      default:
        submitted = spread(yearStart, lastDay)
    }
    a.submittedAt = stamp(submitted, r.int(480, 1320))
    a.createdAt = stamp(
      later(`${a.plan.year}-01-01`, addDays(submitted, -r.int(0, 10))),
      r.int(480, 1320),
    )
    a.updatedAt = a.submittedAt
    if (a.status === 'info_requested') {
      const requested = earlier(addDays(submitted, r.int(3, 9)), yesterday)
      a.infoRequestedAt = stamp(requested, r.int(540, 1020))
      a.updatedAt = a.infoRequestedAt
    }
    if (a.status === 'withdrawn') {
      a.withdrawnAt = stamp(earlier(addDays(submitted, r.int(1, 30)), yesterday), r.int(480, 1320))
      a.updatedAt = a.withdrawnAt
      a.closedOn = a.withdrawnAt.slice(0, 10)
    }
    if (!DECIDED.includes(a.status)) return
    a.decidedOn = earlier(addDays(submitted, r.int(21, 56)), yesterday)
    a.updatedAt = stamp(a.decidedOn, r.int(1140, 1260))
    if (a.status === 'rejected') {
      a.closedOn = a.decidedOn
      return
    }
    a.startsOn = addDays(a.decidedOn, r.int(14, a.status === 'awarded' ? 120 : 60))
    a.endsOn = addDays(a.startsOn, r.int(0, a.status === 'awarded' ? 60 : 30))
    if (a.status === 'awarded') return
    const reportedOn = addDays(a.endsOn, r.int(7, 40))
    if (reportedOn > yesterday) {
      a.status = 'awarded'
      return
    }
    a.reportedOn = reportedOn
    a.updatedAt = stamp(reportedOn, r.int(480, 1320))
    if (a.status === 'reported') return
    const settledOn = addDays(reportedOn, r.int(7, 40))
    if (settledOn > yesterday) {
      a.status = 'reported'
      return
    }
    a.settledOn = settledOn
    a.closedOn = settledOn
    a.updatedAt = stamp(settledOn, r.int(540, 1020))
  }

  private application(id: number): Application {
    const r = this.r
    const networkId = r.weighted(NETWORKS.map((_, i) => [i + 1, 1 + ((i * 7) % 4)] as const))
    const year = r.weighted([
      [this.year - 3, 20],
      [this.year - 2, 23],
      [this.year - 1, 27],
      [this.year, 30],
    ] as const)
    const plan = this.planOf.get(`${networkId}-${year}`)!
    const type = r.weighted([
      ['resident', 27],
      ['group', 28],
      ['foundation', 28],
      ['association', 17],
    ] as const)
    const activity = r.int(0, ACTIVITIES.length - 1)
    const place = r.int(0, PLACES.length - 1)
    const a: Application = {
      id,
      plan,
      networkId,
      status: this.statusOf(year),
      type,
      requestedCents: this.requestedCents(plan, type),
      ownCents: r.int(0, 20) * 2_500,
      activity,
      place,
      firstName: r.pick(FIRST_NAMES),
      lastName: r.pick(LAST_NAMES),
      organisation: null,
      createdAt: '',
      updatedAt: '',
      submittedAt: null,
      decidedOn: null,
      infoRequestedAt: null,
      startsOn: null,
      endsOn: null,
      reportedOn: null,
      settledOn: null,
      withdrawnAt: null,
      closedOn: null,
      reference: null,
      reviews: [],
      amountCents: 0,
      settledCents: null,
      partial: false,
      payouts: [],
    }
    if (type !== 'resident') {
      const kind = type === 'group' ? 'Bewonersgroep' : r.pick(ORGANISATION_KINDS)
      a.organisation = `${kind} ${ACTIVITIES[activity][0]} ${NETWORKS[networkId - 1][0].split(' ').pop()}`
    }
    this.timeline(a)
    if (!a.startsOn && a.submittedAt) {
      a.startsOn = addDays(a.submittedAt.slice(0, 10), r.int(45, 150))
      a.endsOn = addDays(a.startsOn, r.int(0, 60))
    }
    this.review(a)
    if (AWARDED.includes(a.status)) this.award(a)
    return a
  }

  /** Reviews: one for a small grant decided as it comes in, two for a large one (a round). */
  private review(a: Application) {
    const r = this.r
    if (!a.submittedAt) return
    const decided = DECIDED.includes(a.status)
    const count = decided
      ? a.requestedCents >= LARGE_GRANT_CENTS
        ? 2
        : 1
      : a.status === 'withdrawn'
        ? r.int(0, 1)
        : r.int(0, 2)
    const reviewers = r.sample(
      this.seats.get(a.networkId)!.filter((s) => s.userId !== this.coordinatorOf(a.networkId)),
      count,
    )
    const until = a.decidedOn ?? a.withdrawnAt?.slice(0, 10) ?? addDays(this.today, -1)
    reviewers.forEach((seat, i) => {
      const conflict = i > 0 && r.chance(0.03)
      const draft = !decided && !conflict && r.chance(0.25)
      const scored = conflict ? 0 : draft ? r.int(2, 7) : 7
      const scores = a.plan.criteria.slice(0, scored).map((c) => {
        if (AWARDED.includes(a.status)) return r.int(3, 4)
        if (a.status === 'rejected') return c.knockout && r.chance(0.1) ? 0 : r.int(0, 2)
        return r.weighted([
          [0, 1],
          [1, 2],
          [2, 4],
          [3, 4],
          [4, 2],
        ] as const)
      })
      const day = addDays(
        a.submittedAt!.slice(0, 10),
        r.int(1, Math.max(1, daysBetween(a.submittedAt!.slice(0, 10), until) - 1)),
      )
      const at = stamp(earlier(day, until), r.int(480, 1380))
      a.reviews.push({
        id: this.nextReview++,
        reviewerId: seat.userId,
        status: draft ? 'draft' : 'submitted',
        conflict,
        scores,
        total: conflict ? null : reviewTotal(a.plan.criteria, criterionScores(a.plan, scores)),
        submittedAt: draft ? null : at,
        at,
      })
    })
  }

  private facts(a: Application): ReviewFacts[] {
    return a.reviews.map((review) => ({
      reviewerId: review.reviewerId,
      status: review.status,
      conflictOfInterest: review.conflict,
      total: review.total,
      knockout: hasKnockout(a.plan.criteria, criterionScores(a.plan, review.scores)),
    }))
  }

  private coordinatorOf(networkId: number): number {
    return this.seats.get(networkId)![0].userId
  }

  /** The award and its payouts, as recordDecision schedules them and settlement completes them. */
  private award(a: Application) {
    const r = this.r
    a.partial = r.chance(0.1)
    a.amountCents = a.partial
      ? Math.max(10_000, Math.round((a.requestedCents * r.int(60, 95)) / 100 / 100) * 100)
      : a.requestedCents
    const decidedAt = stamp(a.decidedOn!, r.int(1140, 1260))
    const schedule = scheduledNow(payoutSchedule(a.amountCents, a.decidedOn!, a.startsOn))
    for (const p of schedule) {
      a.payouts.push({
        id: this.nextPayout++,
        applicationId: a.id,
        number: p.number,
        kind: p.kind,
        amountCents: p.amountCents,
        dueOn: p.dueOn,
        status: 'scheduled',
        batchId: null,
        paidOn: null,
        createdAt: decidedAt,
      })
    }
    if (a.status !== 'settled') return
    const settledAt = stamp(a.settledOn!, r.int(540, 1020))
    // Sometimes the activity only half happened: what was not yet paid is cancelled.
    if (a.payouts.length > 1 && r.chance(0.05)) {
      a.payouts[1].status = 'cancelled'
      a.settledCents = a.payouts[0].amountCents
      return
    }
    a.settledCents = r.chance(0.85)
      ? a.amountCents
      : Math.round((a.amountCents * r.int(60, 95)) / 100 / 100) * 100
    const committed = a.payouts.reduce((sum, p) => sum + p.amountCents, 0)
    const difference = a.settledCents - committed
    if (difference === 0) return
    a.payouts.push({
      id: this.nextPayout++,
      applicationId: a.id,
      number: a.payouts.length + 1,
      kind: difference > 0 ? 'final' : 'reclaim',
      amountCents: difference,
      dueOn: a.settledOn!,
      status: 'scheduled',
      batchId: null,
      paidOn: null,
      createdAt: settledAt,
    })
  }

  /** References per year in order of submission, as the counter hands them out. */
  private numberReferences() {
    const submitted = this.applications
      .filter((a) => a.submittedAt)
      .sort((x, y) => x.submittedAt!.localeCompare(y.submittedAt!) || x.id - y.id)
    const last = new Map<string, number>()
    for (const a of submitted) {
      const year = a.submittedAt!.slice(0, 4)
      const n = (last.get(year) ?? 0) + 1
      last.set(year, n)
      a.reference = `BK-${year}-${String(n).padStart(4, '0')}`
    }
  }

  private allPayouts(): Payout[] {
    return this.applications.flatMap((a) => a.payouts)
  }

  private batch(executionDate: string, status: 'open' | 'paid'): number {
    const id = this.batches.length + 1
    const paid = status === 'paid'
    // Gathered a few days before it is paid; the open ones yesterday.
    const createdAt = stamp(paid ? addDays(executionDate, -3) : addDays(this.today, -1), 600)
    const messageId = `BK-${executionDate.replaceAll('-', '')}-BENCH${String(id).padStart(5, '0')}`
    this.batches.push([
      id,
      executionDate,
      messageId,
      0,
      0,
      status,
      3,
      paid ? createdAt : null,
      paid ? executionDate : null,
      createdAt,
      createdAt,
    ])
    return id
  }

  /**
   * The open batches whose files are measured: the latest payouts due by two weeks from now, one
   * in five left scheduled so the dashboard still has payouts due.
   */
  private openBatches(): [number, number] {
    const horizon = addDays(this.today, 14)
    const candidates = this.allPayouts()
      .filter((p) => p.kind !== 'reclaim' && p.status === 'scheduled' && p.dueOn <= horizon)
      .sort((x, y) => y.dueOn.localeCompare(x.dueOn) || x.id - y.id)
      .filter((_, i) => i % 5 !== 4)
    const needed = SCALE.largeBatch + SCALE.smallBatch
    if (candidates.length < needed) throw new Error(`only ${candidates.length} payouts to batch`)
    const execution = nextMonday(addDays(this.today, 1))
    const large = this.batch(execution, 'open')
    const small = this.batch(addDays(execution, 7), 'open')
    candidates.slice(0, needed).forEach((p, i) => {
      p.status = 'batched'
      p.batchId = i < SCALE.largeBatch ? large : small
    })
    return [large, small]
  }

  /** Everything due long enough ago was paid in that week's batch; reclaims were collected. */
  private paidBatches() {
    const cutoff = addDays(this.today, -3)
    for (const p of this.allPayouts().sort((x, y) => x.id - y.id)) {
      if (p.status !== 'scheduled') continue
      const execution = nextMonday(p.dueOn)
      if (p.kind === 'reclaim') {
        if (addDays(p.dueOn, 30) > cutoff) continue
        p.status = 'paid'
        p.paidOn = addDays(p.dueOn, 30)
        continue
      }
      if (execution > cutoff) continue
      let batchId = this.batchByDay.get(execution)
      if (batchId === undefined) {
        batchId = this.batch(execution, 'paid')
        this.batchByDay.set(execution, batchId)
      }
      p.status = 'paid'
      p.batchId = batchId
      p.paidOn = execution
    }
  }

  /** Each plan's awarded total as decisions and settlements leave it, under a ceiling that fits. */
  private settleBudgets() {
    for (const a of this.applications) {
      if (!AWARDED.includes(a.status)) continue
      a.plan.awardedCents += a.settledCents ?? a.amountCents
    }
  }

  private budgetCents(plan: Plan): number {
    if (plan.status === 'draft') return 25_000_000
    // Closed plans spent most of their ceiling; this year's plan has room for the round to come.
    const headroom = plan.status === 'open' ? 1.5 : 1.08
    return Math.ceil((plan.awardedCents * headroom) / 1_000_000) * 1_000_000 + 1_000_000
  }

  /** The SQL that loads everything, in statements of a few hundred rows. */
  *statements(): Generator<string> {
    const { rows } = this.manifest
    const insert = function* (table: string, columns: string[], source: Iterable<Row>) {
      let chunk: string[] = []
      let count = 0
      const flush = () =>
        `INSERT INTO ${table} (${columns.join(', ')}) VALUES\n${chunk.join(',\n')};\n`
      for (const row of source) {
        chunk.push(`(${row.map(sqlLiteral).join(', ')})`)
        count++
        if (chunk.length === 500) {
          yield flush()
          chunk = []
        }
      }
      if (chunk.length) yield flush()
      rows[table] = count
    }
    yield* insert('users', USER_COLUMNS, this.users)
    yield* insert('networks', NETWORK_COLUMNS, this.networks)
    yield* insert('members', ['id', 'network_id', 'user_id', 'kind'], this.memberRows())
    yield* insert('plans', PLAN_COLUMNS, this.planRows())
    yield* insert('priorities', PRIORITY_COLUMNS, this.priorityRows())
    yield* insert('criteria', CRITERION_COLUMNS, this.criterionRows())
    yield* insert('applications', APPLICATION_COLUMNS, this.applicationRows())
    yield* insert('reviews', REVIEW_COLUMNS, this.reviewRows())
    yield* insert('review_scores', SCORE_COLUMNS, this.scoreRows())
    yield* insert('decisions', DECISION_COLUMNS, this.decisionRows())
    yield* insert('decision_members', ['decision_id', 'member_id'], this.presentRows())
    yield* insert('payout_batches', BATCH_COLUMNS, this.batches)
    yield* insert('payouts', PAYOUT_COLUMNS, this.payoutRows())
    yield* insert('reports', REPORT_COLUMNS, this.reportRows())
    yield* insert('bank_changes', BANK_CHANGE_COLUMNS, this.bankChangeRows())
    yield* insert('messages', MESSAGE_COLUMNS, this.messageRows())
    yield* insert('audit_log', AUDIT_COLUMNS, this.auditRows())
    yield* insert('reference_counters', ['year', 'last'], this.counterRows())
    // What the batches hold, counted as gathering a batch counts it.
    yield `UPDATE payout_batches SET
      count = (SELECT count(*) FROM payouts p WHERE p.batch_id = payout_batches.id),
      total_cents = (SELECT coalesce(sum(p.amount_cents), 0) FROM payouts p WHERE p.batch_id = payout_batches.id);\n`
  }

  private *memberRows(): Generator<Row> {
    for (const [networkId, seats] of this.seats) {
      for (const s of seats) yield [s.memberId, networkId, s.userId, s.kind]
    }
  }

  private *planRows(): Generator<Row> {
    for (const p of this.plans) {
      const name = NETWORKS[p.networkId - 1][0].split(' ').slice(1).join(' ')
      const at = stamp(`${p.year - 1}-11-15`, 600)
      yield [
        p.id,
        p.networkId,
        p.year,
        `Jaarplan ${name} ${p.year}`,
        this.budgetCents(p),
        p.maxGrantCents,
        `${p.year}-01-01`,
        `${p.year}-12-31`,
        60,
        p.status,
        p.awardedCents,
        at,
        at,
      ]
    }
  }

  private *priorityRows(): Generator<Row> {
    for (const p of this.plans) {
      for (const [position, id] of p.priorityIds.entries()) {
        const [title, description] = PRIORITIES[(p.networkId * 3 + position) % PRIORITIES.length]
        yield [id, p.id, p.networkId, title, description, position]
      }
    }
  }

  private *criterionRows(): Generator<Row> {
    for (const p of this.plans) {
      for (const [position, c] of p.criteria.entries()) {
        const [title, description] = defaultCriteria[position]
        yield [c.id, p.id, p.networkId, title, description, c.weight, c.knockout, position]
      }
    }
  }

  private *applicationRows(): Generator<Row> {
    const r = random(SEED + 1)
    for (const a of this.applications) {
      const [activity, what] = ACTIVITIES[a.activity]
      const place = PLACES[a.place]
      const participants = r.int(15, 400)
      const volunteers = r.int(2, 25)
      const [, , postcode] = NETWORKS[a.networkId - 1]
      const anonymised =
        a.status === 'withdrawn' && a.closedOn! < addDays(this.today, -366)
          ? stamp(addDays(a.closedOn!, 366), 180)
          : null
      const name = `${a.firstName} ${a.lastName}`
      const personal = anonymised === null
      const bank = personal && AWARDED.includes(a.status) ? r.pick(BANK_CODES) : null
      const supporters =
        a.requestedCents <= 100_000
          ? r.int(5, 30)
          : a.requestedCents <= 500_000
            ? r.int(15, 60)
            : r.int(25, 120)
      yield [
        a.id,
        a.plan.id,
        a.networkId,
        a.reference,
        a.status,
        `${activity} ${place}`,
        `Wij organiseren ${what} ${place}.`,
        `Wij organiseren ${what} ${place}. ${TARGET_GROUPS[a.activity % TARGET_GROUPS.length]} doen mee; ` +
          `${volunteers} vrijwilligers uit de buurt helpen. We vragen een bijdrage voor ` +
          `${BUDGET_LINES[a.activity % BUDGET_LINES.length][0].toLowerCase()} en de rest van de begroting.`,
        TARGET_GROUPS[a.activity % TARGET_GROUPS.length],
        participants,
        volunteers,
        `Minstens ${Math.round(participants * 0.6)} buren doen mee en ${Math.ceil(volunteers / 2)} van hen helpen de volgende keer.`,
        a.startsOn,
        a.endsOn,
        personal ? `${postcode} ${letters(a.id)}` : String(postcode),
        a.requestedCents,
        a.ownCents,
        r.int(10, 300),
        r.chance(0.2) ? 'Bijdrage van de woningcorporatie.' : '',
        supporters,
        a.activity % 4 === 0,
        a.activity % 4 === 0,
        true,
        a.type,
        a.organisation,
        a.type === 'foundation' || a.type === 'association'
          ? String(60_000_000 + ((a.id * 7919) % 39_999_999))
          : '',
        personal ? name : null,
        personal ? `${ascii(a.firstName)}.${ascii(a.lastName)}${a.id}@voorbeeld.nl` : null,
        personal ? `06${String(10_000_000 + ((a.id * 104_729) % 89_999_999))}` : null,
        bank ? iban(bank, (a.id * 7_654_321) % 9_999_999_999) : null,
        bank ? (a.organisation ?? name) : null,
        a.submittedAt ?? a.createdAt,
        JSON.stringify(this.priorityIdsOf(a)),
        JSON.stringify(this.budgetLinesOf(a)),
        tokenHash(benchToken(a.id)),
        a.submittedAt,
        a.submittedAt ? decisionDueOn(a.submittedAt.slice(0, 10)) : null,
        a.infoRequestedAt,
        a.infoRequestedAt ? infoDueOn(a.infoRequestedAt.slice(0, 10)) : null,
        a.infoRequestedAt ? 'Wilt u een offerte voor de huur van de zaal meesturen?' : null,
        applicationScore(this.facts(a)),
        a.reviews.filter((x) => x.status === 'submitted' && !x.conflict).length,
        a.id % 10 === 0 ? 'en' : 'nl',
        a.closedOn,
        a.closedOn && a.id % 997 === 0 ? stamp(a.closedOn, 1200) : null,
        anonymised,
        a.createdAt,
        anonymised ?? a.updatedAt,
      ]
    }
  }

  /** One or two of the plan's priorities, ascending as the application stores them. */
  private priorityIdsOf(a: Application): number[] {
    const ids = a.plan.priorityIds
    const first = (a.activity + a.place) % ids.length
    const chosen = a.id % 3 === 0 ? [ids[first], ids[(first + 2) % ids.length]] : [ids[first]]
    return [...new Set(chosen)].sort((x, y) => x - y)
  }

  /** Two or three lines adding up to the requested amount and the own contribution. */
  private budgetLinesOf(a: Application) {
    const total = a.requestedCents + a.ownCents
    const count = 2 + (a.id % 3 === 0 ? 1 : 0)
    let left = total
    return Array.from({ length: count }, (_, position) => {
      const [description, category] =
        BUDGET_LINES[(a.activity + position * 5) % BUDGET_LINES.length]
      const amountCents =
        position === count - 1
          ? left
          : Math.round((total * (position === 0 ? 0.6 : 0.25)) / 100) * 100
      left -= amountCents
      return { description, category, amountCents }
    })
  }

  private *reviewRows(): Generator<Row> {
    for (const a of this.applications) {
      for (const v of a.reviews) {
        yield [
          v.id,
          a.id,
          a.networkId,
          v.reviewerId,
          v.conflict,
          v.conflict ? 'Ik ben betrokken bij dit initiatief.' : null,
          v.status,
          v.total,
          v.submittedAt,
          v.at,
          v.at,
        ]
      }
    }
  }

  private *scoreRows(): Generator<Row> {
    let id = 0
    for (const a of this.applications) {
      for (const v of a.reviews) {
        for (const [k, score] of v.scores.entries()) {
          yield [++id, v.id, a.plan.criteria[k].id, score, SCORE_REASONS[score]]
        }
      }
    }
  }

  private *decisionRows(): Generator<Row> {
    for (const a of this.decided()) {
      const awarded = a.status !== 'rejected'
      const votes = awarded ? (a.id % 4 === 0 ? [2, 1] : [3, 0]) : a.id % 4 === 0 ? [1, 2] : [0, 3]
      const at = stamp(a.decidedOn!, 1200)
      yield [
        a.id,
        a.id,
        a.networkId,
        a.plan.id,
        awarded ? 'awarded' : 'rejected',
        awarded ? a.amountCents : 0,
        MOTIVATIONS[awarded ? 'awarded' : 'rejected'][a.id % 3],
        a.partial ? 'Niet alle posten van de begroting worden vergoed.' : null,
        a.decidedOn,
        objectionDeadline(a.decidedOn!),
        votes[0],
        votes[1],
        0,
        this.coordinatorOf(a.networkId),
        at,
        at,
      ]
    }
  }

  private decided(): Application[] {
    return this.applications.filter((a) => DECIDED.includes(a.status))
  }

  /** Three seats present, residents first, none who declared a conflict on this application. */
  private *presentRows(): Generator<Row> {
    for (const a of this.decided()) {
      const conflicted = new Set(a.reviews.filter((v) => v.conflict).map((v) => v.reviewerId))
      const seats = this.seats.get(a.networkId)!.filter((s) => !conflicted.has(s.userId))
      const residents = seats.filter((s) => s.kind === 'resident')
      const professional = seats.find((s) => s.kind === 'professional')!
      const first = a.id % residents.length
      yield [a.id, residents[first].memberId]
      yield [a.id, residents[(first + 1) % residents.length].memberId]
      yield [a.id, professional.memberId]
    }
  }

  private *payoutRows(): Generator<Row> {
    for (const a of this.applications) {
      for (const p of a.payouts) {
        const updatedAt = p.paidOn ? stamp(p.paidOn, 600) : p.createdAt
        yield [
          p.id,
          a.id,
          a.networkId,
          a.plan.id,
          p.number,
          p.kind,
          p.amountCents,
          p.dueOn,
          p.status,
          p.batchId,
          p.paidOn,
          `${a.reference}-${p.number}`,
          p.createdAt,
          updatedAt,
        ]
      }
    }
  }

  private *reportRows(): Generator<Row> {
    for (const a of this.applications) {
      if (!a.reportedOn) continue
      const settled = a.settledCents !== null
      const paid = a.payouts.filter(
        (p) => p.status !== 'cancelled' && p.kind !== 'reclaim' && p.kind !== 'final',
      )
      const committed = paid.reduce((sum, p) => sum + p.amountCents, 0)
      yield [
        a.id,
        a.id,
        a.networkId,
        REPORT_NARRATIVES[a.id % REPORT_NARRATIVES.length],
        50 + (a.id % 300),
        settled ? a.settledCents : a.amountCents,
        a.amountCents >= LARGE_GRANT_CENTS ? 'Zie het financieel overzicht in de bijlage.' : null,
        stamp(a.reportedOn, 900),
        settled ? a.settledCents : null,
        a.settledOn,
        settled && a.settledCents! < a.amountCents ? 'Minder kosten gemaakt dan begroot.' : null,
        settled ? Math.max(0, committed - a.settledCents!) : null,
        stamp(a.reportedOn, 900),
        stamp(a.settledOn ?? a.reportedOn, 900),
      ]
    }
  }

  /** Account changes after an award: most approved by a second person, some still waiting. */
  private *bankChangeRows(): Generator<Row> {
    const awarded = this.applications.filter(
      (a) => a.status === 'awarded' && a.payouts.every((p) => p.status !== 'batched'),
    )
    let id = 0
    for (const a of awarded.filter((_, i) => i % 40 === 0)) {
      const pending = id % 5 === 0
      const at = stamp(earlier(addDays(a.decidedOn!, 10), this.today), 660)
      yield [
        ++id,
        a.id,
        a.networkId,
        iban('RABO', (a.id * 1_234_567) % 9_999_999_999),
        a.organisation ?? `${a.firstName} ${a.lastName}`,
        'Nieuwe rekening van de stichting.',
        pending ? 'pending' : 'approved',
        3,
        pending ? null : 5,
        pending ? null : stamp(earlier(addDays(a.decidedOn!, 12), this.today), 700),
        at,
        at,
      ]
    }
  }

  /** This year's receipts and decisions, as the outbox holds them. */
  private *messageRows(): Generator<Row> {
    let id = 0
    for (const a of this.applications) {
      if (!a.submittedAt || a.plan.year !== this.year || !a.reference) continue
      const to = `${ascii(a.firstName)}.${ascii(a.lastName)}${a.id}@voorbeeld.nl`
      const message = function* (kind: string, subject: string, body: string, at: string) {
        const n = ++id
        const status = n % 50 === 0 ? 'queued' : n % 97 === 0 ? 'failed' : 'sent'
        yield [
          n,
          a.id,
          null,
          a.networkId,
          kind,
          a.id % 10 === 0 ? 'en' : 'nl',
          to,
          subject,
          body,
          null,
          status,
          status === 'failed' ? 5 : status === 'sent' ? 1 : 0,
          status === 'failed' ? 'HTTP 503' : null,
          status === 'sent' ? at : null,
          null,
          at,
          at,
        ] as Row
      }
      yield* message(
        'receipt',
        `Ontvangstbevestiging ${a.reference}`,
        `Wij hebben uw aanvraag ${a.reference} ontvangen. Via uw persoonlijke link volgt u de aanvraag: [privé-link]`,
        a.submittedAt,
      )
      if (a.decidedOn) {
        yield* message(
          'decision',
          `Besluit over uw aanvraag ${a.reference}`,
          `Het wijknetwerk heeft over uw aanvraag ${a.reference} besloten. U leest het besluit via uw persoonlijke link.`,
          stamp(a.decidedOn, 1210),
        )
      }
    }
  }

  /**
   * The history: every submission, withdrawal, info request and decision, each batch's life, then
   * settlements and review submissions up to the audit size; numbered in the order they happened.
   */
  private *auditRows(): Generator<Row> {
    const entries: [
      string,
      string,
      number | null,
      string,
      string,
      number,
      number | null,
      string,
    ][] = []
    const add = (
      at: string,
      actorType: string,
      actorId: number | null,
      action: string,
      entity: string,
      entityId: number,
      networkId: number | null,
      changes: unknown,
    ) =>
      entries.push([
        at,
        actorType,
        actorId,
        action,
        entity,
        entityId,
        networkId,
        JSON.stringify(changes),
      ])
    for (const a of this.applications) {
      if (a.submittedAt) {
        add(a.submittedAt, 'applicant', null, 'submit', 'applications', a.id, a.networkId, {
          status: ['draft', 'submitted'],
          reference: [null, a.reference],
        })
      }
      if (a.infoRequestedAt) {
        add(
          a.infoRequestedAt,
          'user',
          this.coordinatorOf(a.networkId),
          'request-info',
          'applications',
          a.id,
          a.networkId,
          {
            status: ['submitted', 'info_requested'],
          },
        )
      }
      if (a.withdrawnAt) {
        add(a.withdrawnAt, 'applicant', null, 'withdraw', 'applications', a.id, a.networkId, {
          status: ['submitted', 'withdrawn'],
        })
      }
      if (a.decidedOn) {
        const outcome = a.status === 'rejected' ? 'rejected' : 'awarded'
        add(
          stamp(a.decidedOn, 1200),
          'user',
          this.coordinatorOf(a.networkId),
          'decide',
          'applications',
          a.id,
          a.networkId,
          {
            status: ['submitted', outcome],
          },
        )
      }
    }
    for (const [id, executionDate, messageId, , , status, , , , createdAt] of this.batches) {
      const batch = ['payout-batches', Number(id), null] as const
      add(String(createdAt), 'user', 3, 'create', ...batch, { executionDate, messageId })
      if (status !== 'paid') continue
      add(String(createdAt), 'user', 3, 'export', ...batch, { status: ['open', 'exported'] })
      add(stamp(String(executionDate), 600), 'user', 3, 'mark-paid', ...batch, {
        status: ['exported', 'paid'],
      })
    }
    for (const a of this.applications) {
      if (a.settledOn && entries.length < SCALE.auditEntries) {
        add(stamp(a.settledOn, 900), 'user', 3, 'settle', 'reports', a.id, a.networkId, {
          settledCents: a.settledCents,
          awardedCents: a.amountCents,
        })
      }
    }
    for (const a of this.applications) {
      for (const v of a.reviews) {
        if (entries.length >= SCALE.auditEntries) break
        if (v.status !== 'submitted') continue
        add(v.at, 'user', v.reviewerId, 'submit', 'reviews', v.id, a.networkId, { total: v.total })
      }
    }
    entries.sort((x, y) => x[0].localeCompare(y[0]))
    for (const [i, entry] of entries.slice(0, SCALE.auditEntries).entries()) yield [i + 1, ...entry]
  }

  private *counterRows(): Generator<Row> {
    const last = new Map<number, number>()
    for (const a of this.applications) {
      if (!a.reference) continue
      const year = Number(a.reference.slice(3, 7))
      last.set(year, Math.max(last.get(year) ?? 0, Number(a.reference.slice(8))))
    }
    for (const [year, n] of last) yield [year, n]
  }
}

/** The two letters of a postcode, from the application's id. */
function letters(id: number): string {
  const alphabet = 'ABCDEGHJKLMNPRSTVWXZ'
  return alphabet[id % 20] + alphabet[Math.floor(id / 20) % 20]
}

/** A value as an SQL literal. */
export function sqlLiteral(value: Cell): string {
  if (value === null) return 'NULL'
  if (typeof value === 'boolean') return value ? '1' : '0'
  if (typeof value === 'number') return String(value)
  return `'${value.replaceAll("'", "''")}'`
}

const USER_COLUMNS = [
  'id',
  'email',
  'name',
  'role',
  'active',
  'password_hash',
  'created_at',
  'updated_at',
]
const NETWORK_COLUMNS = [
  'id',
  'name',
  'area',
  'postcodes',
  'member_count',
  'resident_count',
  'created_at',
  'updated_at',
]
const PLAN_COLUMNS = [
  'id',
  'network_id',
  'year',
  'title',
  'budget_cents',
  'max_grant_cents',
  'opens_on',
  'closes_on',
  'min_score',
  'status',
  'awarded_cents',
  'created_at',
  'updated_at',
]
const PRIORITY_COLUMNS = ['id', 'plan_id', 'network_id', 'title', 'description', 'position']
const CRITERION_COLUMNS = [
  'id',
  'plan_id',
  'network_id',
  'title',
  'description',
  'weight',
  'knockout',
  'position',
]
const APPLICATION_COLUMNS = [
  'id',
  'plan_id',
  'network_id',
  'reference',
  'status',
  'title',
  'summary',
  'description',
  'target_group',
  'expected_participants',
  'volunteers',
  'goal',
  'starts_on',
  'ends_on',
  'postcode',
  'requested_cents',
  'own_contribution_cents',
  'own_contribution_hours',
  'other_funding',
  'supporters',
  'works_with_vulnerable',
  'vog_confirmed',
  'open_to_all',
  'applicant_type',
  'organisation_name',
  'kvk_number',
  'contact_name',
  'email',
  'phone',
  'iban',
  'account_holder',
  'privacy_consent_at',
  'priority_ids',
  'budget_lines',
  'access_token_hash',
  'submitted_at',
  'decision_due_on',
  'info_requested_at',
  'info_due_on',
  'info_request',
  'score',
  'review_count',
  'locale',
  'closed_on',
  'removal_requested_at',
  'anonymised_at',
  'created_at',
  'updated_at',
]
const REVIEW_COLUMNS = [
  'id',
  'application_id',
  'network_id',
  'reviewer_id',
  'conflict_of_interest',
  'conflict_note',
  'status',
  'total',
  'submitted_at',
  'created_at',
  'updated_at',
]
const SCORE_COLUMNS = ['id', 'review_id', 'criterion_id', 'score', 'reason']
const DECISION_COLUMNS = [
  'id',
  'application_id',
  'network_id',
  'plan_id',
  'outcome',
  'amount_cents',
  'motivation',
  'partial_reason',
  'decided_on',
  'objection_deadline',
  'votes_for',
  'votes_against',
  'abstentions',
  'decided_by',
  'created_at',
  'updated_at',
]
const BATCH_COLUMNS = [
  'id',
  'execution_date',
  'message_id',
  'count',
  'total_cents',
  'status',
  'created_by',
  'exported_at',
  'paid_on',
  'created_at',
  'updated_at',
]
const PAYOUT_COLUMNS = [
  'id',
  'application_id',
  'network_id',
  'plan_id',
  'number',
  'kind',
  'amount_cents',
  'due_on',
  'status',
  'batch_id',
  'paid_on',
  'end_to_end_id',
  'created_at',
  'updated_at',
]
const REPORT_COLUMNS = [
  'id',
  'application_id',
  'network_id',
  'narrative',
  'participants_reached',
  'actual_costs_cents',
  'financial_overview',
  'submitted_at',
  'settled_cents',
  'settled_on',
  'settlement_reason',
  'reclaim_cents',
  'created_at',
  'updated_at',
]
const BANK_CHANGE_COLUMNS = [
  'id',
  'application_id',
  'network_id',
  'iban',
  'account_holder',
  'note',
  'status',
  'requested_by',
  'decided_by',
  'decided_at',
  'created_at',
  'updated_at',
]
const MESSAGE_COLUMNS = [
  'id',
  'application_id',
  'user_id',
  'network_id',
  'kind',
  'locale',
  'to_address',
  'subject',
  'body',
  'private_link',
  'status',
  'attempts',
  'last_error',
  'sent_at',
  'dedupe_key',
  'created_at',
  'updated_at',
]
const AUDIT_COLUMNS = [
  'id',
  'at',
  'actor_type',
  'actor_id',
  'action',
  'entity',
  'entity_id',
  'network_id',
  'changes',
]
