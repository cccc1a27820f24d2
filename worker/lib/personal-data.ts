import type { Role } from './access'
import { maskIban } from './iban'

/** An applicant's contact data, under the names records and audit entries use for it. */
export const CONTACT_FIELDS: readonly string[] = ['contactName', 'email', 'phone', 'toAddress']
/** Whose account money goes to; the IBAN itself is `IBAN_FIELD`. */
export const ACCOUNT_HOLDER_FIELDS: readonly string[] = ['accountHolder']
export const IBAN_FIELD = 'iban'

/** Roles that see contact data (DESIGN §2): the coordinators who deal with the applicant. */
export const CONTACT_ROLES: readonly Role[] = ['admin', 'coordinator']
/** Roles that see whose account it is and the IBAN masked; the panel never does. */
export const BANK_ROLES: readonly Role[] = ['admin', 'finance', 'coordinator']
/** Roles that may see an IBAN whole, each time logged; everyone else only ever sees it masked. */
export const IBAN_ROLES: readonly Role[] = ['admin', 'finance']

/** What a reader gets instead of a value they may not see. */
export const HIDDEN = '***'

/** Masks an IBAN unless it already is: the audit writers store IBANs masked or redacted. */
export function maskedIban(value: string): string {
  return value.includes('*') ? value : maskIban(value)
}

type Masker = (value: unknown) => unknown

const hide: Masker = (value) => (value === null || value === undefined ? value : HIDDEN)
const hideIban: Masker = (value) => (typeof value === 'string' ? maskedIban(value) : hide(value))

/** How this role reads each personal field; fields not listed are not personal data. */
function maskersFor(role: Role): Map<string, Masker> {
  const maskers = new Map<string, Masker>()
  if (!CONTACT_ROLES.includes(role)) for (const field of CONTACT_FIELDS) maskers.set(field, hide)
  const bank = BANK_ROLES.includes(role)
  for (const field of ACCOUNT_HOLDER_FIELDS) if (!bank) maskers.set(field, hide)
  maskers.set(IBAN_FIELD, bank ? hideIban : hide)
  return maskers
}

/**
 * Audit changes as this role may read them: contact data hidden from roles that do not deal with
 * the applicant, account holders from roles outside payments, and every IBAN masked (whole only
 * through the logged reveal). Works at any depth, on `[old, new]` pairs and on plain values.
 */
export function maskPersonalData<T>(changes: T, role: Role): T {
  const maskers = maskersFor(role)
  const walk = (value: unknown, masker?: Masker): unknown => {
    if (Array.isArray(value)) return value.map((item) => walk(item, masker))
    if (masker) return masker(value)
    if (value === null || typeof value !== 'object') return value
    return Object.fromEntries(
      Object.entries(value).map(([field, inner]) => [field, walk(inner, maskers.get(field))]),
    )
  }
  return walk(changes) as T
}
