import { Chip, type ChipProps } from '@mui/material'
import { useRecordContext, useTranslate } from 'react-admin'
import type { PayoutBatch, PayoutBatchStatus } from '../types'

/** Open still needs the bank file, exported waits for the bank, paid is done. */
const statusColor: Record<PayoutBatchStatus, ChipProps['color']> = {
  open: 'warning',
  exported: 'info',
  paid: 'success',
}

/** The batch's status as a coloured chip, in words. */
export const PayoutBatchStatusField = (_props: { source?: string }) => {
  const batch = useRecordContext<PayoutBatch>()
  const translate = useTranslate()
  if (!batch) return null
  return (
    <Chip
      size="small"
      sx={{ alignSelf: 'flex-start' }}
      data-testid="batch-status"
      color={statusColor[batch.status]}
      label={translate(`resources.payout-batches.status.${batch.status}`)}
    />
  )
}
