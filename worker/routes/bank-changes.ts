import { and, eq, inArray, sql } from 'drizzle-orm'
import type { Context } from 'hono'
import * as z from 'zod'
import { BANK_CHANGE_STATUSES, applications, bankChanges } from '../db/schema'
import { requireRole } from '../lib/access'
import { auditStatement, userActor } from '../lib/audit'
import { nowIso } from '../lib/clock'
import type { AppEnv } from '../lib/context'
import { ApiError, fieldError } from '../lib/errors'
import { isValidIban, maskIban, normalizeIban } from '../lib/iban'
import { equals, idEquals } from '../lib/list-query'
import { describeRoute, recordOf } from '../lib/openapi'
import { IBAN_ROLES } from '../lib/personal-data'
import { resource } from '../lib/resource'
import { jsonBody, optionalText, parseInput, text } from '../lib/validation'
import { revealDoc, revealIban } from '../services/iban-reveal'

/** Bank accounts change only after an award through here; before it, the applicant edits. */
const AWARDED = ['awarded', 'reported', 'settled'] as const

const changeInput = z.object({
  applicationId: z.number().int().positive(),
  iban: z
    .string()
    .transform(normalizeIban)
    .refine((value) => isValidIban(value), 'invalidIban'),
  accountHolder: text(200),
  note: optionalText(1000),
})

interface StoredChange {
  id: number
  applicationId: number
  networkId: number
  iban: string
  accountHolder: string
  status: string
  requestedBy: number
}

/** How a change shows in the audit log: the account masked, as everywhere outside finance. */
const logged = (change: { iban: string; accountHolder: string }) => ({
  iban: maskIban(change.iban),
  accountHolder: change.accountHolder,
})

/**
 * Four eyes on bank accounts (DOMAIN: payments). One finance user asks for the change, another
 * approves it; only then does the application's account change. Every step is in the audit log.
 */
const bankChange = resource({
  name: 'bank-changes',
  table: bankChanges,
  fields: {
    id: bankChanges.id,
    applicationId: bankChanges.applicationId,
    networkId: bankChanges.networkId,
    reference: sql<string>`(SELECT a.reference FROM applications a
      WHERE a.id = bank_changes.application_id)`,
    currentIban: sql<string>`(SELECT a.iban FROM applications a
      WHERE a.id = bank_changes.application_id)`,
    iban: bankChanges.iban,
    accountHolder: bankChanges.accountHolder,
    note: bankChanges.note,
    status: bankChanges.status,
    requestedBy: bankChanges.requestedBy,
    decidedBy: bankChanges.decidedBy,
    decidedAt: bankChanges.decidedAt,
    createdAt: bankChanges.createdAt,
    updatedAt: bankChanges.updatedAt,
  },
  // Both accounts masked; whole only through GET /:id/iban and the application's, which log it.
  present: (row) => ({
    ...row,
    iban: maskIban(String(row.iban)),
    currentIban: row.currentIban ? maskIban(String(row.currentIban)) : null,
  }),
  list: {
    sort: { id: bankChanges.id, createdAt: bankChanges.createdAt },
    defaultSort: ['createdAt', 'DESC'],
    filters: {
      applicationId: idEquals(bankChanges.applicationId),
      status: equals(bankChanges.status, z.enum(BANK_CHANGE_STATUSES)),
    },
    search: [],
  },
  readRoles: ['admin', 'finance'],
  scope: () => undefined,
  routes: (app, read) => {
    const createDoc = describeRoute({
      summary: 'Ask for a change of an awarded application’s bank account',
      description: 'Another finance user approves it; only then does the account change.',
      body: changeInput,
      status: 201,
      returns: recordOf('bank-changes'),
      errors: [409],
    })
    app.post('/', createDoc, requireRole('finance'), async (c) => {
      const input = parseInput(changeInput, await jsonBody(c), c.get('locale'))
      const db = c.get('db')
      const [application] = await db
        .select({ networkId: applications.networkId })
        .from(applications)
        .where(and(eq(applications.id, input.applicationId), inArray(applications.status, AWARDED)))
      if (!application) throw fieldError('applicationId', 'bankChangeNotAwarded')
      const [pending] = await db
        .select({ id: bankChanges.id })
        .from(bankChanges)
        .where(
          and(
            eq(bankChanges.applicationId, input.applicationId),
            eq(bankChanges.status, 'pending'),
          ),
        )
      if (pending) throw new ApiError(409, 'bankChangePending')
      const user = c.get('user')
      const [[inserted]] = await db.batch([
        db
          .insert(bankChanges)
          .values({ ...input, networkId: application.networkId, requestedBy: user.id })
          .returning({ id: bankChanges.id }),
        auditStatement(db, userActor(user), {
          action: 'request',
          entity: 'bank-changes',
          entityId: 'inserted',
          networkId: application.networkId,
          changes: { applicationId: input.applicationId, ...logged(input), note: input.note },
        }),
      ])
      return c.json(await read(c, String(inserted.id)), 201)
    })

    const ibanDoc = revealDoc('the IBAN asked for')
    app.get('/:id/iban', ibanDoc, requireRole(...IBAN_ROLES), async (c) => {
      const { id, networkId } = await read(c, c.req.param('id'))
      const record = {
        entity: 'bank-changes',
        id: Number(id),
        networkId: Number(networkId),
      } as const
      return c.json(await revealIban(c.get('db'), c.get('user'), record))
    })

    /** A pending change as stored: the account whole, which the record as read shows masked. */
    async function pendingChange(c: Context<AppEnv>): Promise<StoredChange> {
      const { id } = await read(c, c.req.param('id') ?? '')
      const [change] = await c
        .get('db')
        .select({
          id: bankChanges.id,
          applicationId: bankChanges.applicationId,
          networkId: bankChanges.networkId,
          iban: bankChanges.iban,
          accountHolder: bankChanges.accountHolder,
          status: bankChanges.status,
          requestedBy: bankChanges.requestedBy,
        })
        .from(bankChanges)
        .where(eq(bankChanges.id, Number(id)))
      if (!change) throw new ApiError(404, 'notFound')
      if (change.status !== 'pending') throw new ApiError(409, 'bankChangeDecided')
      return change
    }

    /** Decides a pending change; the statements after it apply only if this decision won. */
    async function decide(c: Context<AppEnv>, change: StoredChange, approve: boolean) {
      const db = c.get('db')
      const user = c.get('user')
      const now = nowIso()
      const status = approve ? 'approved' : 'rejected'
      const won = sql`EXISTS (SELECT 1 FROM bank_changes WHERE id = ${change.id}
        AND status = ${status} AND decided_at = ${now} AND decided_by = ${user.id})`
      const [decided] = await db.batch([
        db
          .update(bankChanges)
          .set({ status, decidedBy: user.id, decidedAt: now, updatedAt: now })
          .where(and(eq(bankChanges.id, change.id), eq(bankChanges.status, 'pending')))
          .returning({ id: bankChanges.id }),
        auditStatement(db, userActor(user), {
          action: approve ? 'approve' : 'reject',
          entity: 'bank-changes',
          entityId: change.id,
          networkId: change.networkId,
          changes: { applicationId: change.applicationId, ...logged(change) },
          ifChanged: true,
        }),
        db
          .update(applications)
          .set({ iban: change.iban, accountHolder: change.accountHolder })
          .where(and(eq(applications.id, change.applicationId), approve ? won : sql`0`)),
        auditStatement(db, userActor(user), {
          action: 'update',
          entity: 'applications',
          entityId: change.applicationId,
          networkId: change.networkId,
          changes: { bankAccount: logged(change) },
          ifChanged: true,
        }),
      ])
      if (decided.length === 0) throw new ApiError(409, 'bankChangeDecided')
      return c.json(await read(c, String(change.id)))
    }

    const approveDoc = describeRoute({
      summary: 'Approve a pending bank change: the account changes',
      description: 'Only someone other than who asked for it may approve it (409 otherwise).',
      returns: recordOf('bank-changes'),
      errors: [409],
    })
    app.post('/:id/approve', approveDoc, requireRole('finance'), async (c) => {
      const change = await pendingChange(c)
      // The second pair of eyes must be another person's.
      if (change.requestedBy === c.get('user').id) throw new ApiError(409, 'fourEyes')
      return decide(c, change, true)
    })

    const rejectDoc = describeRoute({
      summary: 'Reject a pending bank change',
      returns: recordOf('bank-changes'),
      errors: [409],
    })
    app.post('/:id/reject', rejectDoc, requireRole('finance'), async (c) =>
      decide(c, await pendingChange(c), false),
    )
  },
})

export default bankChange
