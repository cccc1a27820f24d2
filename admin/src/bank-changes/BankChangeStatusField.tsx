import { Chip, type ChipProps } from '@mui/material'
import { useRecordContext, useTranslate } from 'react-admin'
import type { BankChange, BankChangeStatus } from '../types'

/** Pending waits for a second finance colleague; approved changed the account; rejected did not. */
const statusColor: Record<BankChangeStatus, ChipProps['color']> = {
  pending: 'warning',
  approved: 'success',
  rejected: 'default',
}

/** The change's status as a coloured chip, in words. */
export const BankChangeStatusField = (_props: { source?: string }) => {
  const change = useRecordContext<BankChange>()
  const translate = useTranslate()
  if (!change) return null
  return (
    <Chip
      size="small"
      sx={{ alignSelf: 'flex-start' }}
      data-testid="bank-change-status"
      color={statusColor[change.status]}
      label={translate(`resources.bank-changes.status.${change.status}`)}
    />
  )
}
