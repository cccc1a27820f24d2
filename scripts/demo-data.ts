/**
 * The demo data set of DESIGN §4: three networks (one below the 50% resident share), staff with
 * seats, open plans with priorities and the default criteria, applications in every status with
 * reviews, decisions, payouts in batches, and reports. Dates sit around late 2026.
 */

export const DEMO_PASSWORD = 'buurtkracht-demo'

type Value = string | number | boolean | null | readonly unknown[] | Record<string, unknown>
export type Rows = Record<string, Record<string, Value>[]>

const users = [
  { id: 1, email: 'admin@example.org', name: 'Ada de Boer', role: 'admin' },
  { id: 2, email: 'coordinator@example.org', name: 'Carla Visser', role: 'coordinator' },
  { id: 3, email: 'reviewer@example.org', name: 'Rik Jansen', role: 'reviewer' },
  { id: 4, email: 'finance@example.org', name: 'Fenna Smit', role: 'finance' },
  { id: 5, email: 'anouk@example.org', name: 'Anouk Bakker', role: 'reviewer' },
  { id: 6, email: 'bram@example.org', name: 'Bram Mulder', role: 'reviewer' },
  { id: 7, email: 'sanne@example.org', name: 'Sanne de Wit (welzijn)', role: 'reviewer' },
  { id: 8, email: 'joost@example.org', name: 'Joost Peters (wijkagent)', role: 'reviewer' },
  { id: 9, email: 'mohamed@example.org', name: 'Mohamed El Amrani', role: 'reviewer' },
  { id: 10, email: 'lotte@example.org', name: 'Lotte Vermeulen', role: 'reviewer' },
  { id: 11, email: 'emre@example.org', name: 'Emre Yilmaz', role: 'reviewer' },
  { id: 12, email: 'ingrid@example.org', name: 'Ingrid Hoekstra (bibliotheek)', role: 'reviewer' },
]

const networks = [
  {
    id: 1,
    name: 'Wijknetwerk Schothorst',
    area: 'Schothorst en Zielhorst, Amersfoort',
    postcodes: ['3813', '3825'],
  },
  {
    id: 2,
    name: 'Buurtnetwerk Lombok',
    area: 'Lombok en Oog in Al, Utrecht',
    postcodes: ['3531', '3532'],
  },
  {
    id: 3,
    name: 'Wijkteam Kanaleneiland',
    area: 'Kanaleneiland, Utrecht (nog te weinig bewoners om te besluiten)',
    postcodes: ['3526'],
  },
]

/** [network, user, kind]: networks 1 and 2 have 4 residents of 6; network 3 only 1 of 3. */
const seats: [number, number, 'resident' | 'professional'][] = [
  [1, 2, 'resident'],
  [1, 3, 'resident'],
  [1, 5, 'resident'],
  [1, 6, 'resident'],
  [1, 7, 'professional'],
  [1, 8, 'professional'],
  [2, 2, 'resident'],
  [2, 3, 'professional'],
  [2, 9, 'resident'],
  [2, 10, 'resident'],
  [2, 11, 'resident'],
  [2, 12, 'professional'],
  [3, 6, 'resident'],
  [3, 7, 'professional'],
  [3, 12, 'professional'],
]

/** The default criteria of DOMAIN.md: [title, description, weight, knockout]. */
export const defaultCriteria: [string, string, number, boolean][] = [
  ['Draagvlak in de buurt', 'Buurtbewoners steunen het initiatief en doen mee.', 20, true],
  [
    'Door en voor bewoners, eigen bijdrage',
    'Bewoners organiseren het zelf en dragen zelf bij in geld of uren.',
    20,
    true,
  ],
  [
    'Past bij een prioriteit',
    'Het initiatief draagt bij aan een prioriteit van het jaarplan.',
    15,
    false,
  ],
  ['Ontmoeting en samenhang', 'Buren leren elkaar kennen en helpen elkaar.', 15, false],
  [
    'Bereikt kwetsbare of nieuwe bewoners',
    'Ook bewoners die nog niet meedoen of het moeilijk hebben, doen mee.',
    10,
    false,
  ],
  ['Haalbaar, reële begroting', 'Het plan en de begroting zijn realistisch.', 10, true],
  [
    'Continuïteit en samenwerking',
    'Het initiatief kan blijven bestaan en werkt samen met anderen.',
    10,
    false,
  ],
]

const plans = [
  {
    id: 1,
    networkId: 1,
    year: 2026,
    title: 'Jaarplan Schothorst 2026',
    budgetCents: 4_000_000,
    opensOn: '2026-01-15',
    closesOn: '2026-12-15',
    status: 'open',
    priorities: [
      'Ontmoeting en verbinding',
      'Eenzaamheid tegengaan',
      'Jongeren een plek geven',
      'Groen en duurzaam in de wijk',
    ],
    criteria: defaultCriteria,
  },
  {
    id: 2,
    networkId: 2,
    year: 2026,
    title: 'Wijkplan Lombok 2026',
    budgetCents: 2_500_000,
    opensOn: '2026-02-01',
    closesOn: '2026-12-31',
    status: 'open',
    priorities: [
      'Ontmoeting tussen culturen',
      'Ouderen actief en gezond',
      'Veilige, schone straat',
    ],
    criteria: defaultCriteria,
  },
  {
    id: 3,
    networkId: 1,
    year: 2027,
    title: 'Jaarplan Schothorst 2027 (concept)',
    budgetCents: 4_200_000,
    opensOn: '2027-01-15',
    closesOn: '2027-12-15',
    status: 'draft',
    priorities: ['Ontmoeting en verbinding'],
    // Not yet complete: the weights add up to 80, so the plan cannot open yet.
    criteria: defaultCriteria.slice(0, 5),
  },
]

interface DemoApplication {
  id: number
  planId: number
  status: string
  title: string
  summary: string
  applicantType: 'resident' | 'group' | 'foundation' | 'association'
  organisationName?: string
  kvkNumber?: string
  contactName: string
  requestedCents: number
  supporters: number
  submittedAt?: string
  lines: [string, string, number][]
  priorityIndexes: number[]
  /** [reviewer user id, scores per criterion] or [reviewer, 'conflict'] */
  reviews?: [number, number[] | 'conflict'][]
  decision?: { outcome: 'awarded' | 'rejected'; amountCents: number; decidedOn: string }
}

const applications: DemoApplication[] = [
  {
    id: 1,
    planId: 1,
    status: 'draft',
    title: 'Buurtmoestuin Zielhorst',
    summary: 'Een moestuin op het grasveld achter de flat, samen met de buren.',
    applicantType: 'group',
    contactName: 'Henk Groen',
    requestedCents: 80_000,
    supporters: 6,
    lines: [
      ['Plantenbakken en aarde', 'materials', 55_000],
      ['Zaden en gereedschap', 'materials', 25_000],
    ],
    priorityIndexes: [3],
  },
  {
    id: 2,
    planId: 1,
    status: 'submitted',
    title: 'Koffieochtend voor ouderen',
    summary: 'Elke dinsdag koffie en een praatje in het buurthuis voor oudere buren.',
    applicantType: 'resident',
    contactName: 'Truus Willems',
    requestedCents: 45_000,
    supporters: 12,
    submittedAt: '2026-11-02T10:15:00.000Z',
    lines: [
      ['Koffie, thee en koek', 'food_drink', 30_000],
      ['Flyers', 'promotion', 15_000],
    ],
    priorityIndexes: [0, 1],
    reviews: [[5, [3, 3, 3, 4, 3, 2, 2]]],
  },
  {
    id: 3,
    planId: 2,
    status: 'submitted',
    title: 'Straatspeeldag Lombok',
    summary: 'Een autovrije zondag in de Kanaalstraat met spelletjes voor alle kinderen.',
    applicantType: 'group',
    contactName: 'Yasmina Ouali',
    requestedCents: 120_000,
    supporters: 18,
    submittedAt: '2026-10-20T19:40:00.000Z',
    lines: [
      ['Huur springkussen', 'rent', 60_000],
      ['Spelmateriaal', 'materials', 40_000],
      ['Vergunning en afzetting', 'other', 20_000],
    ],
    priorityIndexes: [0, 2],
    reviews: [
      [10, [4, 3, 3, 4, 3, 3, 2]],
      [9, 'conflict'],
    ],
  },
  {
    id: 4,
    planId: 1,
    status: 'info_requested',
    title: 'Jongerenpodium in het park',
    summary: 'Een middag met optredens van jongeren uit de wijk, door jongeren georganiseerd.',
    applicantType: 'association',
    organisationName: 'Vereniging Jong Schothorst',
    kvkNumber: '81234567',
    contactName: 'Sem de Jong',
    requestedCents: 350_000,
    supporters: 20,
    submittedAt: '2026-10-27T16:05:00.000Z',
    lines: [
      ['Huur podium en geluid', 'rent', 250_000],
      ['Promotie', 'promotion', 50_000],
      ['Prijzen voor de beste act', 'gifts', 50_000],
    ],
    priorityIndexes: [2],
  },
  {
    id: 5,
    planId: 1,
    status: 'awarded',
    title: 'Repair Café Schothorst',
    summary: 'Eens per maand samen kapotte spullen repareren in het buurthuis.',
    applicantType: 'foundation',
    organisationName: 'Stichting Repair Café Amersfoort',
    kvkNumber: '70123456',
    contactName: 'Gerrit van Dam',
    requestedCents: 250_000,
    supporters: 16,
    submittedAt: '2026-09-01T09:00:00.000Z',
    lines: [
      ['Gereedschap', 'materials', 150_000],
      ['Huur zaal', 'rent', 100_000],
    ],
    priorityIndexes: [0, 3],
    reviews: [
      [3, [4, 3, 3, 3, 2, 3, 4]],
      [5, [3, 3, 4, 3, 3, 3, 3]],
      [7, [4, 4, 3, 3, 2, 3, 3]],
    ],
    decision: { outcome: 'awarded', amountCents: 250_000, decidedOn: '2026-10-15' },
  },
  {
    id: 6,
    planId: 1,
    status: 'rejected',
    title: 'Barbecue voor de straat',
    summary: 'Een grote barbecue met bier voor de bewoners van de Hogeweg.',
    applicantType: 'resident',
    contactName: 'Kees Bos',
    requestedCents: 150_000,
    supporters: 5,
    submittedAt: '2026-08-20T20:30:00.000Z',
    lines: [
      ['Vlees en salades', 'food_drink', 100_000],
      ['Bier en frisdrank', 'alcohol', 50_000],
    ],
    priorityIndexes: [0],
    reviews: [
      [3, [1, 2, 2, 2, 1, 1, 0]],
      [6, [1, 1, 2, 2, 1, 0, 1]],
      [8, [2, 1, 2, 2, 1, 1, 0]],
    ],
    decision: { outcome: 'rejected', amountCents: 0, decidedOn: '2026-09-30' },
  },
  {
    id: 7,
    planId: 1,
    status: 'withdrawn',
    title: 'Kerstmarkt Hogeweg',
    summary: 'Een kleine kerstmarkt met kraampjes van buurtbewoners.',
    applicantType: 'group',
    contactName: 'Marieke Dekker',
    requestedCents: 200_000,
    supporters: 9,
    submittedAt: '2026-10-05T12:00:00.000Z',
    lines: [['Kramen huren', 'rent', 200_000]],
    priorityIndexes: [0],
  },
  {
    id: 8,
    planId: 1,
    status: 'reported',
    title: 'Samen sporten in het park',
    summary: 'Wekelijkse buitentraining voor buren van alle leeftijden.',
    applicantType: 'group',
    contactName: 'Naima Haddou',
    requestedCents: 90_000,
    supporters: 14,
    submittedAt: '2026-04-02T08:30:00.000Z',
    lines: [
      ['Sportmateriaal', 'materials', 60_000],
      ['Trainer-opleiding vrijwilligers', 'activities', 30_000],
    ],
    priorityIndexes: [0, 2],
    reviews: [
      [3, [3, 4, 3, 3, 3, 3, 3]],
      [5, [4, 3, 3, 4, 3, 3, 2]],
      [6, [3, 3, 3, 3, 4, 3, 3]],
    ],
    decision: { outcome: 'awarded', amountCents: 90_000, decidedOn: '2026-05-10' },
  },
  {
    id: 9,
    planId: 1,
    status: 'settled',
    title: 'Voorleesmiddag in de bibliotheek',
    summary: 'Buren lezen voor aan kinderen en hun ouders, elke woensdag.',
    applicantType: 'resident',
    contactName: 'Els Brouwer',
    requestedCents: 60_000,
    supporters: 8,
    submittedAt: '2026-02-10T14:00:00.000Z',
    lines: [
      ['Boeken', 'materials', 40_000],
      ['Promotie op scholen', 'promotion', 20_000],
    ],
    priorityIndexes: [1],
    reviews: [
      [3, [3, 3, 4, 3, 3, 3, 2]],
      [6, [3, 4, 3, 3, 3, 3, 3]],
      [7, [4, 3, 3, 3, 4, 3, 3]],
    ],
    decision: { outcome: 'awarded', amountCents: 60_000, decidedOn: '2026-03-10' },
  },
  {
    id: 10,
    planId: 2,
    status: 'awarded',
    title: 'Wijkfestival Lombok',
    summary: 'Een festival op het Moskeeplein met muziek en eten uit alle culturen van de buurt.',
    applicantType: 'foundation',
    organisationName: 'Stichting Lombok Viert',
    kvkNumber: '69876543',
    contactName: 'Fatma Kaya',
    requestedCents: 750_000,
    supporters: 40,
    submittedAt: '2026-07-01T11:00:00.000Z',
    lines: [
      ['Podium en geluid', 'rent', 400_000],
      ['Muzikanten (vrijwilligersvergoeding)', 'salaries', 150_000],
      ['Promotie', 'promotion', 100_000],
      ['Aankleding en materiaal', 'materials', 100_000],
    ],
    priorityIndexes: [0],
    reviews: [
      [3, [4, 3, 4, 4, 3, 3, 3]],
      [10, [4, 4, 3, 4, 3, 3, 3]],
      [11, [3, 3, 4, 4, 3, 2, 3]],
    ],
    decision: { outcome: 'awarded', amountCents: 750_000, decidedOn: '2026-08-26' },
  },
]

function addDays(day: string, days: number): string {
  const d = new Date(`${day.slice(0, 10)}T00:00:00Z`)
  d.setUTCDate(d.getUTCDate() + days)
  return d.toISOString().slice(0, 10)
}

/** Settled applications and their final amount: the plan counts that amount, not the award. */
const settledCents = new Map([[9, 55_000]])

const reference = (id: number) => `BK-2026-${String(id).padStart(4, '0')}`

/** Σ weight × score / 4 over the default criteria. */
function reviewTotal(scores: number[], weights: number[]): number {
  return scores.reduce((sum, score, i) => sum + weights[i] * score, 0) / 4
}

/** The demo applications' ids, titles and statuses, to print their private links. */
export const demoApplications = () =>
  applications.map(({ id, title, status }) => ({ id, title, status }))

/**
 * Builds every demo row, keyed by table name, given a password hash, token hashes and the day the
 * demo is loaded.
 */
export function demoRows(passwordHash: string, tokenHashes: string[], today: string): Rows {
  const rows: Rows = {
    users: users.map((u) => ({ ...u, active: true, password_hash: passwordHash })),
    networks: networks.map((n) => {
      const own = seats.filter(([network]) => network === n.id)
      return {
        ...n,
        member_count: own.length,
        resident_count: own.filter(([, , kind]) => kind === 'resident').length,
      }
    }),
    members: seats.map(([networkId, userId, kind], i) => ({
      id: i + 1,
      network_id: networkId,
      user_id: userId,
      kind,
    })),
    plans: [],
    priorities: [],
    criteria: [],
    applications: [],
    reviews: [],
    review_scores: [],
    decisions: [],
    decision_members: [],
    payout_batches: [],
    payouts: [],
    reports: [],
    audit_log: [],
  }
  const priorityIds = new Map<number, number[]>()
  const criterionIds = new Map<number, number[]>()
  for (const plan of plans) {
    const { priorities, criteria, ...fields } = plan
    const awarded = applications
      .filter((a) => a.planId === plan.id && a.decision?.outcome === 'awarded')
      .reduce((sum, a) => sum + (settledCents.get(a.id) ?? a.decision?.amountCents ?? 0), 0)
    rows.plans.push({
      id: fields.id,
      network_id: fields.networkId,
      year: fields.year,
      title: fields.title,
      budget_cents: fields.budgetCents,
      opens_on: fields.opensOn,
      closes_on: fields.closesOn,
      status: fields.status,
      awarded_cents: awarded,
    })
    priorityIds.set(plan.id, [])
    priorities.forEach((title, position) => {
      const id = rows.priorities.length + 1
      priorityIds.get(plan.id)?.push(id)
      rows.priorities.push({ id, plan_id: plan.id, network_id: plan.networkId, title, position })
    })
    criterionIds.set(plan.id, [])
    criteria.forEach(([title, description, weight, knockout], position) => {
      const id = rows.criteria.length + 1
      criterionIds.get(plan.id)?.push(id)
      rows.criteria.push({
        id,
        plan_id: plan.id,
        network_id: plan.networkId,
        title,
        description,
        weight,
        knockout,
        position,
      })
    })
  }
  const weights = defaultCriteria.map(([, , weight]) => weight)
  const networkOf = (planId: number) => plans.find((p) => p.id === planId)?.networkId ?? 0
  const seatsOf = (networkId: number) =>
    rows.members.filter((m) => m.network_id === networkId).map((m) => Number(m.id))

  for (const a of applications) {
    const networkId = networkOf(a.planId)
    const submitted = a.submittedAt ?? null
    const decisionDueOn = submitted ? addDays(submitted, 56) : null
    const totals = (a.reviews ?? [])
      .filter(([, s]) => s !== 'conflict')
      .map(([, s]) => reviewTotal(s as number[], weights))
    rows.applications.push({
      id: a.id,
      plan_id: a.planId,
      network_id: networkId,
      reference: submitted ? reference(a.id) : null,
      status: a.status,
      title: a.title,
      summary: a.summary,
      description: `${a.summary} Wij organiseren dit met een vaste groep buren.`,
      target_group: 'Alle bewoners van de buurt',
      expected_participants: 40,
      volunteers: 5,
      goal: 'Minstens 30 buren doen mee en 10 van hen kenden elkaar nog niet.',
      starts_on: submitted ? addDays(submitted, 50) : '2027-03-01',
      ends_on: submitted ? addDays(submitted, 120) : '2027-09-30',
      postcode: networks.find((n) => n.id === networkId)?.postcodes[0] ?? null,
      requested_cents: a.requestedCents,
      own_contribution_cents: 5_000,
      own_contribution_hours: 60,
      supporters: a.supporters,
      applicant_type: a.applicantType,
      organisation_name: a.organisationName ?? null,
      kvk_number: a.kvkNumber ?? null,
      contact_name: a.contactName,
      email: `${a.contactName.toLowerCase().replace(/[^a-z]+/g, '.')}@example.net`,
      phone: '06 12345678',
      iban: 'NL91ABNA0417164300',
      account_holder: a.organisationName ?? a.contactName,
      privacy_consent_at: submitted,
      open_to_all: true,
      access_token_hash: tokenHashes[a.id - 1],
      submitted_at: submitted,
      decision_due_on: decisionDueOn,
      info_requested_at: a.status === 'info_requested' ? '2026-11-10T09:00:00.000Z' : null,
      info_due_on: a.status === 'info_requested' ? '2026-11-24' : null,
      info_request:
        a.status === 'info_requested' ? 'Wilt u een offerte van de podiumverhuur meesturen?' : null,
      score: totals.length ? totals.reduce((s, t) => s + t, 0) / totals.length : null,
      review_count: totals.length,
      priority_ids: JSON.stringify(
        a.priorityIndexes.map((index) => priorityIds.get(a.planId)![index]).sort((x, y) => x - y),
      ),
      budget_lines: JSON.stringify(
        a.lines.map(([description, category, amountCents]) => ({
          description,
          category,
          amountCents,
        })),
      ),
    })
    for (const [reviewerId, scores] of a.reviews ?? []) {
      const reviewId = rows.reviews.length + 1
      const conflict = scores === 'conflict'
      rows.reviews.push({
        id: reviewId,
        application_id: a.id,
        network_id: networkId,
        reviewer_id: reviewerId,
        conflict_of_interest: conflict,
        conflict_note: conflict ? 'Mijn buurvrouw organiseert dit initiatief.' : null,
        status: 'submitted',
        total: conflict ? null : reviewTotal(scores, weights),
        submitted_at: submitted ? addDays(submitted, 7) : null,
      })
      if (conflict) continue
      scores.forEach((score, i) => {
        rows.review_scores.push({
          review_id: reviewId,
          criterion_id: criterionIds.get(a.planId)?.[i] ?? null,
          score,
          reason:
            score >= 3 ? 'Goed onderbouwd in de aanvraag.' : 'Hier is nog weinig over bekend.',
        })
      })
    }
    if (a.decision) addDecision(rows, a, networkId, seatsOf(networkId))
  }
  addPayouts(rows, today)
  // New submissions are numbered on from the demo's last reference of the year.
  const lastReference = Math.max(...applications.filter((a) => a.submittedAt).map((a) => a.id))
  rows.reference_counters = [{ year: 2026, last: lastReference }]
  // One entry per network, so each network's coordinators see in their log how its data began.
  for (const network of networks) {
    const own = (list: Rows[string]) => list.filter((r) => r.network_id === network.id).length
    rows.audit_log.push({
      actor_type: 'system',
      action: 'seed',
      entity: 'networks',
      entity_id: network.id,
      network_id: network.id,
      changes: {
        members: own(rows.members),
        plans: own(rows.plans),
        applications: own(rows.applications),
        payouts: own(rows.payouts),
      },
    })
  }
  return rows
}

function addDecision(rows: Rows, a: DemoApplication, networkId: number, memberIds: number[]) {
  const decision = a.decision
  if (!decision) return
  const id = rows.decisions.length + 1
  const present = memberIds.slice(0, 5)
  const awarded = decision.outcome === 'awarded'
  rows.decisions.push({
    id,
    application_id: a.id,
    network_id: networkId,
    plan_id: a.planId,
    outcome: decision.outcome,
    amount_cents: decision.amountCents,
    motivation: awarded
      ? 'Het initiatief past goed bij het jaarplan, heeft veel draagvlak en een reële begroting.'
      : 'De aanvraag scoort onder de minimumscore: de begroting bestaat vooral uit eten en drinken, en er is weinig draagvlak.',
    decided_on: decision.decidedOn,
    objection_deadline: addDays(decision.decidedOn, 42),
    votes_for: awarded ? present.length : 0,
    votes_against: awarded ? 0 : present.length,
    abstentions: 0,
    decided_by: 2,
  })
  for (const memberId of present)
    rows.decision_members.push({ decision_id: id, member_id: memberId })
}

function addPayouts(rows: Rows, today: string) {
  const batches = [
    { id: 1, execution_date: '2026-03-25', total_cents: 60_000, count: 1 },
    { id: 2, execution_date: '2026-06-01', total_cents: 90_000, count: 1 },
    { id: 3, execution_date: '2026-09-10', total_cents: 356_250, count: 1 },
  ]
  for (const b of batches) {
    rows.payout_batches.push({
      ...b,
      message_id: `BK-${b.execution_date.replaceAll('-', '')}-${b.id}`,
      status: 'paid',
      created_by: 4,
      exported_at: `${addDays(b.execution_date, -2)}T10:00:00.000Z`,
      paid_on: b.execution_date,
    })
  }
  // [application, plan, network, number, kind, cents, due, status, batch]
  const payouts: [number, number, number, number, string, number, string, string, number | null][] =
    [
      [9, 1, 1, 1, 'advance', 60_000, '2026-03-25', 'paid', 1],
      [8, 1, 1, 1, 'advance', 90_000, '2026-06-01', 'paid', 2],
      [10, 2, 2, 1, 'advance', 356_250, '2026-09-10', 'paid', 3],
      [10, 2, 2, 2, 'installment', 356_250, '2027-01-15', 'scheduled', null],
      // Due the day the demo is loaded, so finance always has a payment to make this week.
      [5, 1, 1, 1, 'advance', 250_000, today, 'scheduled', null],
      [9, 1, 1, 2, 'reclaim', -5_000, '2026-12-01', 'scheduled', null],
    ]
  for (const [
    applicationId,
    planId,
    networkId,
    number,
    kind,
    cents,
    due,
    status,
    batch,
  ] of payouts) {
    rows.payouts.push({
      application_id: applicationId,
      plan_id: planId,
      network_id: networkId,
      number,
      kind,
      amount_cents: cents,
      due_on: due,
      status,
      batch_id: batch,
      paid_on: status === 'paid' ? due : null,
      end_to_end_id: `${reference(applicationId)}-${number}`,
    })
  }
  rows.reports.push(
    {
      application_id: 8,
      network_id: 1,
      narrative: 'Elke zaterdag trainden 20 tot 30 buren mee. Er is nu een vaste groep.',
      participants_reached: 45,
      actual_costs_cents: 87_500,
      submitted_at: '2026-10-01T18:00:00.000Z',
    },
    {
      application_id: 9,
      network_id: 1,
      narrative: 'Twaalf voorleesmiddagen met gemiddeld 15 kinderen.',
      participants_reached: 60,
      actual_costs_cents: 55_000,
      submitted_at: '2026-06-20T15:00:00.000Z',
      settled_cents: settledCents.get(9) ?? null,
      settled_on: '2026-07-01',
      settlement_reason: 'Er waren minder boeken nodig dan begroot.',
      reclaim_cents: 5_000,
    },
  )
}
