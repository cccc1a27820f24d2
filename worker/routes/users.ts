import { and, eq, sql } from 'drizzle-orm'
import * as z from 'zod'
import { ROLES, members, sessions, users } from '../db/schema'
import { ownNetworks } from '../lib/access'
import { ApiError } from '../lib/errors'
import { booleanEquals, equals } from '../lib/list-query'
import { hashPassword } from '../lib/password'
import { assertFree, resource } from '../lib/resource'
import { optional, text } from '../lib/validation'

const input = z.object({
  // Trimmed before the format check: z.email().trim() would refuse ' a@b.nl ' before trimming.
  email: z.string().trim().toLowerCase().max(254).pipe(z.email()),
  name: text(120),
  role: z.enum(ROLES),
  active: optional(z.boolean()),
  password: z.string().min(12).max(200),
})

const emailTaken = (email: string) => sql`lower(${users.email}) = ${email}`

export default resource({
  name: 'users',
  table: users,
  fields: {
    id: users.id,
    email: users.email,
    name: users.name,
    role: users.role,
    active: users.active,
    createdAt: users.createdAt,
    updatedAt: users.updatedAt,
  },
  list: {
    sort: { id: users.id, name: users.name, role: users.role },
    defaultSort: ['name', 'ASC'],
    filters: { role: equals(users.role, z.enum(ROLES)), active: booleanEquals(users.active) },
    search: [users.name, users.email],
  },
  readRoles: ['admin', 'coordinator', 'reviewer', 'finance'],
  // Coordinators and reviewers see the people who hold a seat in one of their networks.
  scope: (user) => {
    const seats = ownNetworks(user, members.networkId)
    return seats && sql`${users.id} IN (SELECT ${members.userId} FROM ${members} WHERE ${seats})`
  },
  write: {
    roles: ['admin'],
    networkIdOf: () => null,
    secret: ['passwordHash'],
    create: input,
    update: input.partial(),
    prepareCreate: async (ctx, { password, ...values }) => {
      await assertFree(ctx, users, emailTaken(values.email), undefined, 'email', 'emailTaken')
      return { ...values, passwordHash: await hashPassword(password) }
    },
    prepareUpdate: async (ctx, { password, ...values }, existing) => {
      const id = Number(existing.id)
      if (values.email)
        await assertFree(ctx, users, emailTaken(values.email), id, 'email', 'emailTaken')
      const demotesSelf = values.role !== undefined && values.role !== 'admin'
      if (id === ctx.user.id && (demotesSelf || values.active === false)) {
        throw new ApiError(409, 'notOwnAdminRole')
      }
      return password ? { ...values, passwordHash: await hashPassword(password) } : values
    },
    // Deleting oneself locks one out just as deactivating oneself would.
    checkDelete: async (ctx, existing) => {
      if (Number(existing.id) === ctx.user.id) throw new ApiError(409, 'notOwnAdminRole')
    },
    // A deactivated user, or one whose password was reset, is logged out everywhere.
    alongside: (db, record, applied) =>
      typeof record.id === 'number' && (record.active === false || record.passwordHash)
        ? [db.delete(sessions).where(and(eq(sessions.userId, record.id), applied))]
        : [],
  },
})
