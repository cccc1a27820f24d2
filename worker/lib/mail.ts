/** One plain-text e-mail. */
export interface Mail {
  to: string
  subject: string
  text: string
}

/** Delivers mail somewhere; rejects with a short, loggable reason when it could not. */
export interface MailSender {
  send(mail: Mail): Promise<void>
}

/** What the worker reads to send mail; all three set, or nothing is sent. */
export interface MailConfig {
  /** The e-mail API's endpoint, e.g. `https://api.example-mail.com/v1/send` (var). */
  MAIL_API_URL: string
  /** The sender address (var). */
  MAIL_FROM: string
  /** The API's bearer token (secret: `wrangler secret put MAIL_API_TOKEN`). */
  MAIL_API_TOKEN?: string
}

/** A slow mail API must not hold a run of the outbox past the next one (every ten minutes). */
const TIMEOUT_MS = 10_000
/** How much of an error response is kept as the reason. */
const REASON_CHARS = 200

/**
 * An HTTP e-mail API that takes `POST {from, to, subject, text}` as JSON with a bearer token, as
 * most transactional mail services do; any 2xx means accepted.
 */
export function httpMailSender(url: string, from: string, token: string): MailSender {
  return {
    async send(mail) {
      let response: Response
      try {
        response = await fetch(url, {
          method: 'POST',
          headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
          body: JSON.stringify({ from, to: mail.to, subject: mail.subject, text: mail.text }),
          signal: AbortSignal.timeout(TIMEOUT_MS),
        })
      } catch (error) {
        throw new Error(`mail API unreachable: ${error instanceof Error ? error.message : error}`)
      }
      if (response.ok) {
        await response.body?.cancel()
        return
      }
      const detail = (await response.text()).slice(0, REASON_CHARS)
      throw new Error(`mail API answered ${response.status}${detail ? `: ${detail}` : ''}`)
    },
  }
}

/** The configured sender, or undefined when mail is not configured (messages then wait). */
export function mailSenderOf(config: MailConfig): MailSender | undefined {
  const { MAIL_API_URL: url, MAIL_FROM: from, MAIL_API_TOKEN: token } = config
  if (!url || !from || !token) return undefined
  return httpMailSender(url, from, token)
}
