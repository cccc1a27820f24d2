import { sql } from 'drizzle-orm'
import * as z from 'zod'
import { DECISION_OUTCOMES, LOCALES, decisions } from '../db/schema'
import { ownNetworks, requireRole } from '../lib/access'
import { belongsTo, dateBound, equals, idEquals } from '../lib/list-query'
import { describeRoute, recordOf } from '../lib/openapi'
import { networkParts, resource } from '../lib/resource'
import { jsonBody, parseInput } from '../lib/validation'
import { ApiError } from '../lib/errors'
import { decisionInput, decisionLetter, recordDecision } from '../services/decisions'
import { DecisionLetterPage } from '../views/decision-letter'

/** The letter is a static document: its own stylesheet, nothing else. */
const LETTER_POLICY =
  "default-src 'none'; style-src 'self'; base-uri 'none'; frame-ancestors 'none'"

/** The letter's language; any other value means the reader's own. */
const letterLanguage = z.enum(LOCALES).optional()

/** The network's decisions; recorded only through POST, never edited (a new one replaces it). */
const decision = resource({
  name: 'decisions',
  table: decisions,
  fields: {
    id: decisions.id,
    applicationId: decisions.applicationId,
    networkId: decisions.networkId,
    planId: decisions.planId,
    outcome: decisions.outcome,
    amountCents: decisions.amountCents,
    motivation: decisions.motivation,
    partialReason: decisions.partialReason,
    decidedOn: decisions.decidedOn,
    objectionDeadline: decisions.objectionDeadline,
    votesFor: decisions.votesFor,
    votesAgainst: decisions.votesAgainst,
    abstentions: decisions.abstentions,
    decidedBy: decisions.decidedBy,
    revokedAt: decisions.revokedAt,
    createdAt: decisions.createdAt,
    presentMemberIds: sql<string>`(SELECT json_group_array(dm.member_id)
      FROM decision_members dm WHERE dm.decision_id = decisions.id)`,
  },
  present: (row) => ({ ...row, presentMemberIds: JSON.parse(String(row.presentMemberIds)) }),
  list: {
    sort: { id: decisions.id, decidedOn: decisions.decidedOn, amountCents: decisions.amountCents },
    defaultSort: ['decidedOn', 'DESC'],
    filters: {
      applicationId: belongsTo(decisions, decisions.applicationId),
      networkId: idEquals(decisions.networkId),
      planId: idEquals(decisions.planId),
      outcome: equals(decisions.outcome, z.enum(DECISION_OUTCOMES)),
      decidedOn_gte: dateBound(decisions.decidedOn, 'gte'),
      decidedOn_lte: dateBound(decisions.decidedOn, 'lte'),
    },
    search: [decisions.motivation],
  },
  readRoles: ['admin', 'coordinator', 'reviewer', 'finance'],
  scope: (user) => ownNetworks(user, decisions.networkId),
  parts: networkParts(decisions.networkId),
  totals: 'bounded',
  routes: (app, read) => {
    // The letter as the applicant gets it, for the coordinator to check (it names the applicant).
    const letterDoc = describeRoute({
      summary: 'Preview the decision letter as the applicant gets it',
      query: { lang: letterLanguage },
      html: true,
    })
    app.get('/:id/letter', letterDoc, requireRole('admin', 'coordinator'), async (c) => {
      const { applicationId } = await read(c, c.req.param('id'))
      const letter = await decisionLetter(c.get('db'), Number(applicationId))
      if (!letter) throw new ApiError(404, 'notFound')
      const locale = letterLanguage.safeParse(c.req.query('lang')).data ?? c.get('locale')
      c.header('Content-Security-Policy', LETTER_POLICY)
      return c.html(DecisionLetterPage({ locale, letter }))
    })

    const createDoc = describeRoute({
      summary: 'Record the network’s decision on an application',
      description:
        'Refused with 409 when the network has too few residents, the panel is not quorate, the votes carry no majority, the application is not decidable, or an award does not fit under the plan’s ceiling. An award schedules its payouts.',
      body: decisionInput,
      status: 201,
      returns: recordOf('decisions'),
      errors: [409],
    })
    app.post('/', createDoc, requireRole('admin', 'coordinator'), async (c) => {
      const input = parseInput(decisionInput, await jsonBody(c), c.get('locale'))
      const id = await recordDecision(c.get('db'), c.get('user'), input)
      return c.json(await read(c, String(id)), 201)
    })
  },
})

export default decision
