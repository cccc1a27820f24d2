import { reports } from '../db/schema'
import { ownNetworks, requireRole } from '../lib/access'
import { userActor } from '../lib/audit'
import { belongsTo, idEquals } from '../lib/list-query'
import { describeRoute, recordOf } from '../lib/openapi'
import { networkParts, resource } from '../lib/resource'
import { jsonBody, parseInput } from '../lib/validation'
import { type StoredReport, settleReport, settlementInput } from '../services/reports'

/** Initiatives' reports, read by staff in reach; coordinators settle them (vaststelling). */
const report = resource({
  name: 'reports',
  table: reports,
  fields: {
    id: reports.id,
    applicationId: reports.applicationId,
    networkId: reports.networkId,
    narrative: reports.narrative,
    participantsReached: reports.participantsReached,
    actualCostsCents: reports.actualCostsCents,
    financialOverview: reports.financialOverview,
    submittedAt: reports.submittedAt,
    settledCents: reports.settledCents,
    settledOn: reports.settledOn,
    settlementReason: reports.settlementReason,
    reclaimCents: reports.reclaimCents,
    createdAt: reports.createdAt,
    updatedAt: reports.updatedAt,
  },
  list: {
    sort: { id: reports.id, submittedAt: reports.submittedAt },
    defaultSort: ['submittedAt', 'DESC'],
    filters: {
      applicationId: belongsTo(reports, reports.applicationId),
      networkId: idEquals(reports.networkId),
    },
    search: [reports.narrative],
  },
  readRoles: ['admin', 'coordinator', 'reviewer', 'finance'],
  scope: (user) => ownNetworks(user, reports.networkId),
  parts: networkParts(reports.networkId),
  totals: 'bounded',
  routes: (app, read) => {
    const settleDoc = describeRoute({
      summary: 'Settle a report: the final payment or a reclaim',
      description: 'Money not spent goes back to the plan.',
      body: settlementInput,
      returns: recordOf('reports'),
      errors: [409],
    })
    app.post('/:id/settle', settleDoc, requireRole('admin', 'coordinator'), async (c) => {
      const found = (await read(c, c.req.param('id'))) as unknown as StoredReport
      const { settledCents, reason } = parseInput(
        settlementInput,
        await jsonBody(c),
        c.get('locale'),
      )
      await settleReport(c.get('db'), userActor(c.get('user')), found, settledCents, reason)
      return c.json(await read(c, String(found.id)))
    })
  },
})

export default report
