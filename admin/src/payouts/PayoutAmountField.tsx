import { Typography } from '@mui/material'
import { useLocaleState, useRecordContext, useTranslate } from 'react-admin'
import { formatEuros } from '../common/money'
import type { Payout } from '../types'

/** The amount as euros; a reclaim (negative) is money to collect and says so. */
export const PayoutAmountField = (_props: { source?: string }) => {
  const payout = useRecordContext<Payout>()
  const [locale] = useLocaleState()
  const translate = useTranslate()
  if (!payout || typeof payout.amountCents !== 'number') return null
  const toCollect = payout.amountCents < 0
  return (
    <Typography
      component="span"
      variant="body2"
      sx={{ whiteSpace: 'nowrap', color: toCollect ? 'error.main' : undefined }}
    >
      {formatEuros(payout.amountCents, locale)}
      {toCollect && ` (${translate('resources.payouts.toCollect')})`}
    </Typography>
  )
}
