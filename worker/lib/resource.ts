import { type SQL, and, eq, inArray, ne, or, sql } from 'drizzle-orm'
import type { BatchItem } from 'drizzle-orm/batch'
import type { SQLiteColumn, SQLiteTable } from 'drizzle-orm/sqlite-core'
import { type Context, Hono } from 'hono'
import type { z } from 'zod'
import type { DB } from '../db/client'
import { type Role, ownNetworkIds } from './access'
import { auditStatement, diff, userActor } from './audit'
import { nowIso } from './clock'
import type { AppEnv, SessionUser } from './context'
import { ApiError, fieldError } from './errors'
import { hasHistory, historyDoc, readHistory } from './history'
import {
  type ListQuery,
  type ListRows,
  type ListSpec,
  POSITION,
  type Past,
  contentRange,
  cursorHeader,
  mergeParts,
  pageOf,
  partRows,
  parseListQuery,
} from './list-query'
import {
  type CountedTotals,
  type TotalCount,
  boundedTotal,
  countedTotal,
  exactTotal,
  pageTotal,
} from './list-total'
import { describeRoute, resourceDocs } from './openapi'
import type { Locale, MessageKey } from './messages'
import { jsonBody, parseInput } from './validation'

/** What a resource's hooks get to work with. */
export interface ResourceContext {
  db: DB
  user: SessionUser
  locale: Locale
}

type Row = Record<string, unknown>
/** API field name → column or SQL expression. */
type Fields = Record<string, SQLiteColumn | SQL>
/** Writable tables carry `updatedAt`, the version a concurrent update is checked against. */
type Table = SQLiteTable & { id: SQLiteColumn; updatedAt?: SQLiteColumn }

export interface ResourceConfig<Create extends z.ZodType, Update extends z.ZodType> {
  /** API resource name, also the `entity` of its audit entries. */
  name: string
  table: Table
  /** What a record looks like to clients: API field name → column or SQL expression. */
  fields: Fields | ((user: SessionUser) => Fields)
  /**
   * What a list row holds, when a list needs less than the whole record: every field costs D1,
   * the worker and the client for every row of every page. Defaults to `fields`.
   */
  listFields?: Fields | ((user: SessionUser) => Fields)
  /** Adds what is derived by a domain rule to a record read from the database. */
  present?(row: Row, ctx: ResourceContext): Row
  list: Omit<ListSpec, 'id'>
  /**
   * How the list's total is counted: exactly (the default, for the small tables), with a bounded
   * count ('bounded', for tables that grow with the applications), or from the counters that
   * triggers keep where the filters allow and with a bounded count otherwise.
   */
  totals?: 'bounded' | CountedTotals
  /**
   * For a user whose rows lie in a few networks (see `networkParts`), one condition per network:
   * the list reads each one's page from an index on (network, sort) and merges them, since SQLite
   * cannot read one index in order across the values of an IN and would sort them all instead.
   */
  parts?(user: SessionUser): SQL[] | undefined
  readRoles: readonly Role[]
  /** The rows this user may reach at all (read and write); undefined means every row. */
  scope(user: SessionUser): SQL | undefined
  /**
   * Routes beyond the five of the protocol (actions, or writes of their own), given the app and
   * a reader that answers a record exactly as GET /:id does.
   */
  routes?(app: Hono<AppEnv>, read: (c: Context<AppEnv>, id: string) => Promise<Row>): void
  /** Absent for read-only resources: every generic write then answers 403. */
  write?: WriteConfig<Create, Update>
}

export interface WriteConfig<Create extends z.ZodType, Update extends z.ZodType> {
  roles: readonly Role[]
  /** The network a record belongs to, for the audit log ('inserted': the new record itself). */
  networkIdOf(record: Row): number | 'inserted' | null
  create: Create
  update: Update
  /** Checks a create against stored state and returns the row to insert; throws ApiError. */
  prepareCreate(ctx: ResourceContext, input: z.output<Create>): Promise<Row>
  /** Checks an update against the stored record and returns the columns to set. */
  prepareUpdate(ctx: ResourceContext, input: z.output<Update>, existing: Row): Promise<Row>
  /** Refuses a delete the domain does not allow (409). */
  checkDelete?(ctx: ResourceContext, existing: Row): Promise<void>
  /**
   * Statements that keep derived data right, run in the same batch as the write. On an update,
   * `applied` is true in SQL only if the update won against a concurrent one.
   */
  alongside?(db: DB, record: Row, applied?: SQL): BatchItem<'sqlite'>[]
  /** Columns whose values never go into the audit log (only that they changed). */
  secret?: readonly string[]
}

/** A list route's statements for a query, as it runs them: for the query-plan test. */
export interface ListStatements {
  name: string
  spec: ListSpec
  readRoles: readonly Role[]
  statements(
    ctx: ResourceContext,
    raw: Record<string, string | undefined>,
  ): { query: ListQuery; rows: ListRows; total: TotalCount }
}

const lists = new WeakMap<object, ListStatements>()

/** The statements behind a list route's handler (`app.routes`), if it is a resource's list. */
export function listStatementsOf(handler: object): ListStatements | undefined {
  return lists.get(handler)
}

/**
 * `parts` for a resource whose scope keeps network-bound roles to their own networks by `column`:
 * one part per network of a user with several.
 */
export function networkParts(column: SQLiteColumn) {
  return (user: SessionUser): SQL[] | undefined => {
    const networkIds = ownNetworkIds(user)
    return networkIds && networkIds.length > 1 ? networkIds.map((id) => eq(column, id)) : undefined
  }
}

/**
 * Filters that on their own keep a list to a few rows or to one network (a record's parts, a
 * plan's, a priority's, a batch's, one network's): SQLite reads those from their own index, where
 * parts would each look for them apart, mostly in vain. So do full-text matches (a `q` filter).
 */
const NARROWING = [
  'id',
  'networkId',
  'planId',
  'priorityId',
  'applicationId',
  'batchId',
  'entity',
  'entityId',
  'reviewerId',
]

/**
 * The most parts a list reads apart; with more it reads them in one go and sorts. Each part
 * repeats the list's conditions, and D1 binds at most 100 parameters per statement.
 */
const MAX_PARTS = 8

/** What the audit log holds instead of a secret's value: only that it was set. */
const REDACTED = '***'

function auditChanges(row: Row, secret: readonly string[] = []): Row {
  return Object.fromEntries(
    Object.entries(row).map(([k, v]) => [k, secret.includes(k) ? REDACTED : v]),
  )
}

/** Refuses with a field error when a row other than `exceptId` already matches `taken`. */
export async function assertFree(
  { db }: ResourceContext,
  table: Table,
  taken: SQL,
  exceptId: number | undefined,
  field: string,
  key: MessageKey,
): Promise<void> {
  const [other] = await db
    .select({ id: table.id })
    .from(table)
    .where(and(taken, exceptId ? ne(table.id, exceptId) : undefined))
    .limit(1)
  if (other) throw fieldError(field, key)
}

/**
 * A sub-app with the five ra-data-simple-rest routes for one table: list (sort, range, filter,
 * `Content-Range`), read, create, update and delete. Role checks answer 403; rows outside the
 * user's scope answer 404. Every write and its audit entry are one atomic batch.
 */
export function resource<Create extends z.ZodType, Update extends z.ZodType>(
  config: ResourceConfig<Create, Update>,
) {
  const { table, name } = config
  const version = table.updatedAt
  if (config.write && !version) throw new Error(`${name}: a writable table needs updatedAt`)
  const spec: ListSpec = { ...config.list, id: table.id }
  const docs = resourceDocs(config)
  const app = new Hono<AppEnv>()

  const context = (c: Context<AppEnv>): ResourceContext => ({
    db: c.get('db'),
    user: c.get('user'),
    locale: c.get('locale'),
  })

  const present = (row: Row, ctx: ResourceContext) =>
    config.present ? config.present(row, ctx) : row
  // Some roles see fewer fields of a record: what they may not see is never selected.
  const fieldsOf = (fields: ResourceConfig<Create, Update>['fields'], user: SessionUser) =>
    typeof fields === 'function' ? fields(user) : fields
  const fieldsFor = (user: SessionUser) => fieldsOf(config.fields, user)
  const listFieldsFor = (user: SessionUser) => fieldsOf(config.listFields ?? config.fields, user)

  function assertRole(user: SessionUser, roles: readonly Role[]) {
    if (!roles.includes(user.role)) throw new ApiError(403, 'forbidden')
  }

  function scoped(user: SessionUser, ...conditions: (SQL | undefined)[]) {
    return and(config.scope(user), ...conditions)
  }

  async function findOne(ctx: ResourceContext, id: number): Promise<Row> {
    const [record] = await ctx.db
      .select(fieldsFor(ctx.user))
      .from(table)
      .where(scoped(ctx.user, eq(table.id, id)))
    if (!record) throw new ApiError(404, 'notFound')
    return present(record, ctx)
  }

  function recordId(raw: string): number {
    const id = Number(raw)
    if (!Number.isSafeInteger(id) || id <= 0) throw new ApiError(404, 'notFound')
    return id
  }

  /**
   * The page's rows and its total, for one D1 batch. A cursor (`after`/`before`) reads on from a
   * row in the sort's index; an offset reads the rows it skips. The total comes from the counters
   * when the resource keeps them and the filters allow, else from a bounded count.
   */
  function listStatements(ctx: ResourceContext, raw: Record<string, string | undefined>) {
    const query = parseListQuery(raw, spec, ctx.locale, ctx.user)
    const where = scoped(ctx.user, query.where)
    const page = pageOf(spec, { ...query, where })
    const narrowed = Object.keys(query.filter).some(
      (name) => NARROWING.includes(name) || (name === 'q' && Object.hasOwn(spec.filters, 'q')),
    )
    const split = narrowed ? undefined : config.parts?.(ctx.user)
    const parts = split && split.length <= MAX_PARTS ? split : undefined
    // The page's conditions: one per network part and side of the cursor (see `pageOf`).
    const conditions = (parts ?? [undefined]).flatMap((part) =>
      page.past.map((past) => ({
        where: and(page.where, part, past.where),
        orderBy: past.orderBy,
      })),
    )
    const select = () =>
      ctx.db
        // Aliased: D1 answers a column named twice (the sort is a field too) only once.
        .select({ ...listFieldsFor(ctx.user), [POSITION]: sql`${query.sortKey}`.as(POSITION) })
        .from(table)
    const firstRows = ({ where, orderBy }: Past) =>
      select()
        .where(where)
        .orderBy(...orderBy)
        .limit(page.offset + query.limit)
    const idsFitPage = pageTotal(query)
    // Rows SQLite sorts because a filter selects them by id are sorted by id and sort value
    // alone, and only the page's records read: fields read by subqueries would otherwise be read
    // for every row sorted. The ids asked for (getMany) are the page, and are read at once. Else
    // each condition's first rows are read from its own index in order and merged here (see
    // `mergeParts`): D1 bills every row a statement passes from step to step, so merging them in
    // SQL would cost several times the page.
    const byId = query.byId && !idsFitPage
    const merged = !byId && conditions.length > 1
    const rows: ListRows = merged
      ? partRows(conditions.map(firstRows))
      : [
          byId
            ? select()
                .where(
                  inArray(
                    table.id,
                    ctx.db
                      .select({ id: table.id })
                      .from(table)
                      .where(and(page.where, or(...page.past.map((past) => past.where))))
                      .orderBy(...page.orderBy)
                      .limit(query.limit)
                      .offset(page.offset),
                  ),
                )
                .orderBy(...page.orderBy)
            : select()
                .where(conditions[0].where)
                .orderBy(...page.orderBy)
                .limit(query.limit)
                .offset(page.offset),
        ]
    const { totals } = config
    const counted =
      typeof totals === 'object' ? countedTotal(ctx.db, totals, ctx.user, query) : undefined
    const total =
      idsFitPage ??
      (!totals
        ? exactTotal(ctx.db, table, where)
        : (counted ?? boundedTotal(ctx.db, table, spec, query, where, parts)))
    const descending = (query.order === 'DESC') !== page.reversed
    return {
      query,
      rows,
      total,
      reversed: page.reversed,
      merged,
      descending,
      offset: page.offset,
    }
  }

  const listHandler = async (c: Context<AppEnv>) => {
    const ctx = context(c)
    assertRole(ctx.user, config.readRoles)
    const { query, rows, total, reversed, merged, descending, offset } = listStatements(
      ctx,
      c.req.query(),
    )
    const statements = total.statement ? [...rows, total.statement] : rows
    const results = (await ctx.db.batch(statements as ListRows)) as Row[][]
    const counted = total.statement ? results.pop() : undefined
    const found = merged
      ? mergeParts(results, descending).slice(offset, offset + query.limit)
      : results[0]
    const page: Row[] = reversed ? found.reverse() : found
    const { value, exact } = total.read(counted, page.length)
    c.header('Content-Range', contentRange(name, query.offset, page.length, value))
    c.header('X-Total-Exact', String(exact))
    if (page.length > 0) {
      const [first, last] = [page[0], page[page.length - 1]]
      c.header('X-Page-First', cursorHeader(first[POSITION], first.id))
      c.header('X-Page-Last', cursorHeader(last[POSITION], last.id))
    }
    return c.json(page.map(({ [POSITION]: _, ...row }) => present(row, ctx)))
  }
  lists.set(listHandler, { name, spec, readRoles: config.readRoles, statements: listStatements })
  app.get('/', describeRoute(docs.list), listHandler)

  app.get('/:id', describeRoute(docs.read), async (c) => {
    const ctx = context(c)
    assertRole(ctx.user, config.readRoles)
    return c.json(await findOne(ctx, recordId(c.req.param('id'))))
  })

  // The record's audit entries and its parts', as a list, for whoever may read it (lib/history).
  if (hasHistory(name)) {
    app.get('/:id/history', historyDoc(name, config.readRoles), (c) => {
      const ctx = context(c)
      assertRole(ctx.user, config.readRoles)
      return readHistory(c, name, () => findOne(ctx, recordId(c.req.param('id'))))
    })
  }

  /** The record as GET /:id answers it, for actions beyond CRUD that answer with it. */
  function read(c: Context<AppEnv>, rawId: string): Promise<Row> {
    const ctx = context(c)
    assertRole(ctx.user, config.readRoles)
    return findOne(ctx, recordId(rawId))
  }
  // Actions beyond CRUD come before the generic writes, so their own POST and PUT win.
  config.routes?.(app, read)

  /** The write configuration, if this user's role may write this resource at all (else 403). */
  function writer(user: SessionUser): WriteConfig<Create, Update> {
    if (!config.write?.roles.includes(user.role)) throw new ApiError(403, 'forbidden')
    return config.write
  }

  app.post('/', describeRoute(docs.create), async (c) => {
    const ctx = context(c)
    const w = writer(ctx.user)
    const input = parseInput(w.create, await jsonBody(c), ctx.locale)
    const row = await w.prepareCreate(ctx, input)
    const [[inserted]] = await ctx.db.batch([
      ctx.db
        .insert(table)
        .values(row as never) // shaped by the write config's zod schema and prepareCreate
        .returning({ id: table.id }),
      auditStatement(ctx.db, userActor(ctx.user), {
        action: 'create',
        entity: name,
        entityId: 'inserted',
        networkId: w.networkIdOf(row),
        changes: auditChanges(row, w.secret),
      }),
      ...(w.alongside?.(ctx.db, row) ?? []),
    ])
    return c.json(await findOne(ctx, (inserted as { id: number }).id), 201)
  })

  app.put('/:id', describeRoute(docs.update), async (c) => {
    const ctx = context(c)
    const w = writer(ctx.user)
    const id = recordId(c.req.param('id'))
    const existing = await findOne(ctx, id)
    const body = await jsonBody(c)
    const input = parseInput(w.update, body, ctx.locale)
    const claimed = (body as Row | null)?.updatedAt
    if (typeof claimed === 'string' && claimed !== existing.updatedAt) {
      throw new ApiError(409, 'stale')
    }
    const values = await w.prepareUpdate(ctx, input, existing)
    const changes = diff(existing, values)
    if (Object.keys(changes).length === 0) return c.json(existing)
    // The updated_at guard makes a concurrent write lose with 409 instead of being overwritten;
    // statements alongside apply only if this update won.
    const newVersion = nowIso()
    const applied = sql`EXISTS (SELECT 1 FROM ${table} WHERE ${table.id} = ${id} AND ${version} = ${newVersion})`
    const [updated] = await ctx.db.batch([
      ctx.db
        .update(table)
        .set({ ...values, updatedAt: newVersion } as never) // shaped by prepareUpdate
        .where(and(eq(table.id, id), version && eq(version, String(existing.updatedAt))))
        .returning({ id: table.id }),
      auditStatement(ctx.db, userActor(ctx.user), {
        action: 'update',
        entity: name,
        entityId: id,
        networkId: w.networkIdOf(existing),
        changes: auditChanges(changes, w.secret),
        ifChanged: true,
      }),
      ...(w.alongside?.(ctx.db, { ...existing, ...values }, applied) ?? []),
    ])
    if (updated.length === 0) throw new ApiError(409, 'stale')
    return c.json(await findOne(ctx, id))
  })

  app.delete('/:id', describeRoute(docs.delete), async (c) => {
    const ctx = context(c)
    const w = writer(ctx.user)
    const id = recordId(c.req.param('id'))
    const existing = await findOne(ctx, id)
    await w.checkDelete?.(ctx, existing)
    await ctx.db.batch([
      ctx.db.delete(table).where(eq(table.id, id)),
      auditStatement(ctx.db, userActor(ctx.user), {
        action: 'delete',
        entity: name,
        entityId: id,
        networkId: w.networkIdOf(existing),
        changes: auditChanges(existing, w.secret),
        ifChanged: true,
      }),
      ...(w.alongside?.(ctx.db, existing) ?? []),
    ])
    return c.json(existing)
  })

  return app
}
