import type { DB } from '../db/client'
import type { Role } from './access'
import type { Locale } from './messages'

/** The logged-in staff member, as every authorised route sees them. */
export interface SessionUser {
  id: number
  name: string
  email: string
  role: Role
  /** Networks where the user holds a member seat ("own networks"). */
  networkIds: number[]
}

export interface AppEnv {
  Bindings: Env
  Variables: {
    db: DB
    locale: Locale
    user: SessionUser
  }
}
