import { and, asc, eq, gt, isNotNull, lt, lte, sql } from 'drizzle-orm'
import { type DB, runBatch } from '../db/client'
import { applications, members, networks, users } from '../db/schema'
import { DUE_SOON_DAYS, addDays, dueStatus } from '../domain/decision-due'
import { SPLIT_THRESHOLD_CENTS } from '../domain/payout-schedule'
import { reportDueOn, reportReminderStage } from '../domain/report-due'
import { dayOf } from '../lib/clock'
import { decisionDueMessage, reportReminderMessage } from '../lib/message-templates'
import { type KeyedOutgoing, existingKeys, queueKeyedMessages } from '../services/messages'

/** Applications read per query; each page's new messages are written in one batch. */
const PAGE = 100

/** Runs `page` over every page of rows after the last id of the one before. */
async function eachPage<T extends { id: number }>(
  read: (afterId: number) => Promise<T[]>,
  page: (rows: T[]) => Promise<void>,
) {
  for (let after = 0; ;) {
    const rows = await read(after)
    if (rows.length > 0) await page(rows)
    if (rows.length < PAGE) return
    after = rows[rows.length - 1].id
  }
}

/** Writes the messages whose keys are new, made only for those; reruns write nothing. */
async function queueNew<T>(
  db: DB,
  candidates: { key: string; item: T }[],
  make: (item: T, key: string) => KeyedOutgoing,
) {
  const known = await existingKeys(
    db,
    candidates.map((c) => c.key),
  )
  const fresh = candidates.filter((c) => !known.has(c.key)).map((c) => make(c.item, c.key))
  await runBatch(db, queueKeyedMessages(db, fresh))
}

/**
 * Reminds awarded initiatives of their report (NIGHTLY): once the day after the activity ended,
 * with the last day (13 weeks on), and again 14 days before that day if no report came in.
 */
export async function queueReportReminders(db: DB, _env: Env, now: Date): Promise<void> {
  const today = dayOf(now.toISOString())
  const awardedCents = sql<number>`coalesce((SELECT d.amount_cents FROM decisions d
    WHERE d.application_id = applications.id AND d.revoked_at IS NULL), 0)`
  await eachPage(
    (after) =>
      db
        .select({
          id: applications.id,
          networkId: applications.networkId,
          locale: applications.locale,
          email: applications.email,
          reference: applications.reference,
          title: applications.title,
          contactName: applications.contactName,
          endsOn: applications.endsOn,
          awardedCents,
        })
        .from(applications)
        .where(
          and(
            eq(applications.status, 'awarded'),
            isNotNull(applications.endsOn),
            lt(applications.endsOn, today),
            gt(applications.id, after),
          ),
        )
        .orderBy(asc(applications.id))
        .limit(PAGE),
    (rows) =>
      queueNew(
        db,
        rows.map((a) => {
          const endsOn = a.endsOn ?? today
          const dueOn = reportDueOn(endsOn)
          const stage = reportReminderStage(endsOn, today)
          return { key: `report_reminder:${a.id}:${dueOn}:${stage}`, item: { ...a, endsOn, dueOn } }
        }),
        (a, dedupeKey) => ({
          ...reportReminderMessage(
            a.locale,
            { reference: a.reference ?? '', title: a.title, contactName: a.contactName ?? '' },
            {
              endsOn: a.endsOn,
              reportDueOn: a.dueOn,
              overdue: a.dueOn < today,
              needsOverview: a.awardedCents >= SPLIT_THRESHOLD_CENTS,
            },
          ),
          kind: 'report_reminder',
          locale: a.locale,
          networkId: a.networkId,
          applicationId: a.id,
          userId: null,
          toAddress: a.email,
          dedupeKey,
        }),
      ),
  )
}

/**
 * Warns the coordinators of a network (NIGHTLY) of each submitted application whose decision is
 * due within 14 days, and again once its last day has passed: one message per coordinator per
 * application per stage of its current last day, so a rerun, or a later night, repeats nothing.
 */
export async function queueDecisionDueWarnings(db: DB, env: Env, now: Date): Promise<void> {
  const today = dayOf(now.toISOString())
  await eachPage(
    (after) =>
      db
        .select({
          id: applications.id,
          networkId: applications.networkId,
          networkName: networks.name,
          reference: applications.reference,
          title: applications.title,
          decisionDueOn: applications.decisionDueOn,
        })
        .from(applications)
        .innerJoin(networks, eq(networks.id, applications.networkId))
        .where(
          and(
            eq(applications.status, 'submitted'),
            lte(applications.decisionDueOn, addDays(today, DUE_SOON_DAYS)),
            gt(applications.id, after),
          ),
        )
        .orderBy(asc(applications.id))
        .limit(PAGE),
    async (due) => {
      const networkIds = [...new Set(due.map((a) => a.networkId))]
      const coordinators = await db
        .select({
          id: users.id,
          name: users.name,
          email: users.email,
          networkId: members.networkId,
        })
        .from(members)
        .innerJoin(users, eq(users.id, members.userId))
        .where(
          and(
            sql`${members.networkId} IN (SELECT value FROM json_each(${JSON.stringify(networkIds)}))`,
            eq(users.role, 'coordinator'),
            eq(users.active, true),
          ),
        )
      const candidates = due.flatMap((a) => {
        const dueOn = a.decisionDueOn ?? today
        const stage = dueStatus(dueOn, today)
        return coordinators
          .filter((u) => u.networkId === a.networkId)
          .map((u) => ({
            key: `decision_due:${a.id}:${dueOn}:${stage}:${u.id}`,
            item: { application: { ...a, decisionDueOn: dueOn }, coordinator: u },
          }))
      })
      await queueNew(db, candidates, ({ application: a, coordinator: u }, dedupeKey) => ({
        ...decisionDueMessage(
          u.name,
          {
            reference: a.reference ?? '',
            title: a.title,
            networkName: a.networkName,
            decisionDueOn: a.decisionDueOn,
            url: new URL(`/admin/#/applications/${a.id}/show`, env.SITE_URL).href,
          },
          today,
        ),
        kind: 'decision_due',
        locale: 'nl',
        networkId: a.networkId,
        applicationId: a.id,
        userId: u.id,
        toAddress: u.email,
        dedupeKey,
      }))
    },
  )
}
