import { eq } from 'drizzle-orm'
import * as z from 'zod'
import type { DB } from '../db/client'
import { applications, bankChanges } from '../db/schema'
import { auditStatement, userActor } from '../lib/audit'
import type { SessionUser } from '../lib/context'
import { describeRoute } from '../lib/openapi'

/** What a reveal answers: the IBAN as stored (normalized), or null when there is none. */
export const revealedIban = z.object({ iban: z.string().nullable() })

/** The records that hold an IBAN a reader may ask to see whole. */
const HOLDERS = { applications, 'bank-changes': bankChanges }

/**
 * The whole IBAN of a record the user has already read, and the `view_iban` entry that records who
 * saw it, in one batch: the number never leaves without its entry in the record's history.
 */
export async function revealIban(
  db: DB,
  user: SessionUser,
  record: { entity: keyof typeof HOLDERS; id: number; networkId: number },
): Promise<z.infer<typeof revealedIban>> {
  const table = HOLDERS[record.entity]
  const [, [stored]] = await db.batch([
    auditStatement(db, userActor(user), {
      action: 'view_iban',
      entity: record.entity,
      entityId: record.id,
      networkId: record.networkId,
    }),
    db.select({ iban: table.iban }).from(table).where(eq(table.id, record.id)),
  ])
  return { iban: stored?.iban ?? null }
}

/** How a reveal route appears in the API description. */
export const revealDoc = (what: string) =>
  describeRoute({
    summary: `Show ${what} whole, and log that the caller saw it`,
    description:
      'Every other answer masks IBANs. Each call writes a `view_iban` entry in the record’s history.',
    returns: revealedIban,
  })
