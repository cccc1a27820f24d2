import type { RaRecord } from 'react-admin'

export const MESSAGE_KINDS = [
  'receipt',
  'info_request',
  'decision',
  'payment',
  'report_reminder',
  'decision_due',
] as const
export const MESSAGE_STATUSES = ['queued', 'sent', 'failed'] as const

export type MessageStatus = (typeof MESSAGE_STATUSES)[number]

/** `lastError` of a message kept because the recipient gave no e-mail address. */
export const NO_ADDRESS = 'no_address'

/** A message of the outbox as the API answers it; the private link is never among its fields. */
export interface Message extends RaRecord<number> {
  applicationId: number | null
  userId: number | null
  networkId: number
  kind: (typeof MESSAGE_KINDS)[number]
  locale: 'nl' | 'en'
  toAddress: string | null
  subject: string
  /** With the private link shown as `[privé-link]`. */
  body: string
  status: MessageStatus
  attempts: number
  lastError: string | null
  sentAt: string | null
  createdAt: string
}
