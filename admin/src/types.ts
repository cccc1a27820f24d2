import type { RaRecord } from 'react-admin'
import type { Role } from './access'

/** Records as the API returns them (DESIGN §1); money in integer cents. */
export interface User extends RaRecord<number> {
  email: string
  name: string
  role: Role
  active: boolean
}

export interface Network extends RaRecord<number> {
  name: string
  area: string
  postcodes: string[]
  memberCount: number
  residentCount: number
  residentShare: number | null
  mayDecide: boolean
}

export type PlanStatus = 'draft' | 'open' | 'closed'

export interface Plan extends RaRecord<number> {
  networkId: number
  year: number
  title: string
  budgetCents: number
  maxGrantCents: number
  opensOn: string
  closesOn: string
  minScore: number
  status: PlanStatus
  awardedCents: number
  budgetRemainingCents: number
  weightTotal: number
  priorityCount: number
}

export interface AuditEntry extends RaRecord<number> {
  at: string
  actorType: 'user' | 'applicant' | 'system'
  actorId: number | null
  actorName: string | null
  action: string
  entity: string
  entityId: number | null
  networkId: number | null
  changes: Record<string, unknown> | null
}
