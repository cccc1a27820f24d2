import { ROLES } from '../access'

/** Choices whose names are i18n keys, translated by the Select inputs and fields. */
function choices(values: readonly string[], prefix: string) {
  return values.map((id) => ({ id, name: `${prefix}.${id}` }))
}

export const roleChoices = choices(ROLES, 'app.role')
export const memberKindChoices = choices(['resident', 'professional'], 'app.memberKind')
export const planStatusChoices = choices(['draft', 'open', 'closed'], 'app.planStatus')
export const auditActionChoices = choices(
  ['create', 'update', 'delete', 'login'],
  'app.auditAction',
)
