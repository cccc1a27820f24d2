import { Chip, type ChipProps } from '@mui/material'
import { useRecordContext, useTranslate } from 'react-admin'
import type { Payout, PayoutStatus } from '../types'

/** Waiting reads neutral, in a batch informs, paid is done, cancelled is greyed out. */
const statusColor: Record<PayoutStatus, ChipProps['color']> = {
  scheduled: 'default',
  batched: 'info',
  paid: 'success',
  cancelled: 'default',
}

/** The payout's status as a coloured chip, in words. */
export const PayoutStatusField = (_props: { source?: string }) => {
  const payout = useRecordContext<Payout>()
  const translate = useTranslate()
  if (!payout) return null
  return (
    <Chip
      size="small"
      sx={{ alignSelf: 'flex-start' }}
      data-testid="payout-status"
      variant={payout.status === 'cancelled' ? 'outlined' : 'filled'}
      color={statusColor[payout.status]}
      label={translate(`resources.payouts.status.${payout.status}`)}
    />
  )
}
