import type { MouseEvent } from 'react'
import { Link, useCreatePath, useRecordContext } from 'react-admin'
import type { BankChange } from '../types'

/** The application's reference (carried by the change), linking to its page. */
export const ApplicationLink = (_props: { source?: string }) => {
  const change = useRecordContext<BankChange>()
  const createPath = useCreatePath()
  if (!change) return null
  return (
    <Link
      to={createPath({ resource: 'applications', type: 'show', id: change.applicationId })}
      onClick={(event: MouseEvent) => event.stopPropagation()}
    >
      {change.reference}
    </Link>
  )
}
