import { and, asc, eq } from 'drizzle-orm'
import type { DB } from '../db/client'
import { messages } from '../db/schema'
import { auditStatement } from '../lib/audit'
import { type MailSender, mailSenderOf } from '../lib/mail'
import { withPrivateLink } from '../lib/message-templates'
import { NO_ADDRESS } from '../services/messages'

/**
 * Messages sent per run. With the sender's 10-second timeout a run ends well within the ten
 * minutes before the next one starts, so two runs never send the same message.
 */
export const OUTBOX_CHUNK = 50

/** Attempts before a message is given up as failed; one per run, so about 50 minutes of trying. */
export const MAX_ATTEMPTS = 5

type Queued = {
  id: number
  networkId: number
  toAddress: string | null
  subject: string
  body: string
  privateLink: string | null
  attempts: number
}

/** What one attempt changes: sent, or its reason kept and tried again until attempts run out. */
function outcome(message: Queued, error: string | null) {
  const attempts = message.attempts + 1
  if (error === null) {
    return { status: 'sent', attempts, lastError: null, privateLink: null } as const
  }
  const failed = attempts >= MAX_ATTEMPTS
  return {
    status: failed ? 'failed' : 'queued',
    attempts,
    lastError: error,
    // The link goes as soon as the message will never be sent.
    privateLink: failed ? null : message.privateLink,
  } as const
}

async function attempt(sender: MailSender, message: Queued): Promise<string | null> {
  if (!message.toAddress) return NO_ADDRESS
  try {
    await sender.send({
      to: message.toAddress,
      subject: message.subject,
      text: withPrivateLink(message.body, message.privateLink ?? ''),
    })
    return null
  } catch (error) {
    return error instanceof Error ? error.message : String(error)
  }
}

/**
 * Sends the oldest queued messages (EVERY_TEN_MINUTES). Each result is stored as soon as it is
 * known, with its audit entry, so a run cut short never sends a message twice. Without a
 * configured sender nothing happens and the messages wait in the outbox.
 */
export async function sendOutbox(db: DB, env: Env, now: Date): Promise<void> {
  const sender = mailSenderOf(env)
  if (!sender) return
  const queued = await db
    .select({
      id: messages.id,
      networkId: messages.networkId,
      toAddress: messages.toAddress,
      subject: messages.subject,
      body: messages.body,
      privateLink: messages.privateLink,
      attempts: messages.attempts,
    })
    .from(messages)
    .where(eq(messages.status, 'queued'))
    .orderBy(asc(messages.createdAt), asc(messages.id))
    .limit(OUTBOX_CHUNK)
  const at = now.toISOString()
  for (const message of queued) {
    const result = outcome(message, await attempt(sender, message))
    await db.batch([
      db
        .update(messages)
        .set({ ...result, sentAt: result.status === 'sent' ? at : null, updatedAt: at })
        .where(
          and(
            eq(messages.id, message.id),
            eq(messages.status, 'queued'),
            eq(messages.attempts, message.attempts),
          ),
        ),
      auditStatement(
        db,
        { type: 'system', id: null },
        {
          action: 'send',
          entity: 'messages',
          entityId: message.id,
          networkId: message.networkId,
          changes: {
            status: ['queued', result.status],
            attempts: [message.attempts, result.attempts],
          },
          ifChanged: true,
        },
      ),
    ])
  }
}
