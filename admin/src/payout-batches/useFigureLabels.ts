import { usePermissions } from 'react-admin'
import type { Role } from '../access'

const FIELDS = 'resources.payout-batches.fields'

/**
 * The labels of a batch's count and total. A batch pays several networks; the API gives a
 * coordinator only their own networks' share of both, and the labels say so.
 */
export function useFigureLabels() {
  const { permissions } = usePermissions<Role>()
  return permissions === 'coordinator'
    ? { count: `${FIELDS}.ownCount`, totalCents: `${FIELDS}.ownTotalCents` }
    : { count: `${FIELDS}.count`, totalCents: `${FIELDS}.totalCents` }
}
