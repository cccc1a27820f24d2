import { Alert, Box, Stack, Typography } from '@mui/material'
import { useQuery } from '@tanstack/react-query'
import { useDataProvider, useListContext, useLocaleState, useTranslate } from 'react-admin'
import { formatEuros } from '../common/money'
import type { AppDataProvider } from '../dataProvider'
import { PAYOUT_STATUSES } from '../types'

/**
 * The count and total of every payout the list's filter selects, not only the page shown, with
 * the same split per status. Under `payouts`, so a refresh after a change reloads it.
 */
export const PayoutSumsBar = () => {
  const { filterValues } = useListContext()
  const dataProvider = useDataProvider<AppDataProvider>()
  const translate = useTranslate()
  const [locale] = useLocaleState()
  const { data: sums, error } = useQuery({
    queryKey: ['payouts', 'sums', filterValues],
    queryFn: () => dataProvider.payoutSums(filterValues),
  })
  if (error) return <Alert severity="error">{error.message}</Alert>
  if (!sums) return null
  const euros = (cents: number) => formatEuros(cents, locale)
  return (
    <Box sx={{ p: 2, borderBottom: 1, borderColor: 'divider' }} data-testid="payout-sums">
      <Typography variant="subtitle1" component="p" sx={{ fontWeight: 600 }}>
        {translate('resources.payouts.sums.total', {
          count: sums.count,
          total: euros(sums.totalCents),
        })}
      </Typography>
      <Stack direction="row" spacing={3} sx={{ flexWrap: 'wrap' }}>
        {PAYOUT_STATUSES.map((status) => (
          <Typography key={status} variant="body2" color="text.secondary">
            {translate('resources.payouts.sums.status', {
              status: translate(`resources.payouts.status.${status}`),
              count: sums.byStatus[status]?.count ?? 0,
              total: euros(sums.byStatus[status]?.totalCents ?? 0),
            })}
          </Typography>
        ))}
      </Stack>
    </Box>
  )
}
