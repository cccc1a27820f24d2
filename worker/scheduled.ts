import { createDb, type DB } from './db/client'
import { sendOutbox } from './jobs/outbox'
import { queueDecisionDueWarnings, queueReportReminders } from './jobs/reminders'
import { retention } from './jobs/retention'

/** The Cron Triggers in wrangler.toml; each names the jobs it runs, in order. */
export const EVERY_TEN_MINUTES = '*/10 * * * *'
export const NIGHTLY = '0 3 * * *'

type Job = (db: DB, env: Env, now: Date) => Promise<void>

const jobs: Record<string, Job[]> = {
  [EVERY_TEN_MINUTES]: [sendOutbox],
  [NIGHTLY]: [retention, queueReportReminders, queueDecisionDueWarnings],
}

/** Runs the jobs of the trigger that fired; `scheduledTime` is the clock they use. */
export async function scheduled(controller: ScheduledController, env: Env) {
  const db = createDb(env.DB)
  const now = new Date(controller.scheduledTime)
  for (const job of jobs[controller.cron] ?? []) await job(db, env, now)
}
