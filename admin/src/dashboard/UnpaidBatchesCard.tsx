import { Stack, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material'
import { Link, RecordContextProvider, useLocaleState, useTranslate } from 'react-admin'
import { formatEuros } from '../common/money'
import { BatchDownloads, CancelBatchButton, MarkPaidButton } from '../payout-batches/BatchActions'
import { PayoutBatchStatusField } from '../payout-batches/PayoutBatchStatusField'
import { useWidget } from './api'
import { WidgetCard } from './WidgetCard'

const day = { timeZone: 'UTC', day: 'numeric', month: 'short', year: 'numeric' } as const

/**
 * Batches still in hand: open ones wait for their bank file, exported ones for the bank. Each row
 * has the batch's own actions: download the SEPA file or CSV, mark it paid, cancel it.
 */
export const UnpaidBatchesCard = () => {
  const translate = useTranslate()
  const [locale] = useLocaleState()
  const query = useWidget('batches')
  const euros = (cents: number) => formatEuros(cents, locale)
  return (
    <WidgetCard
      title="dashboard.batches.title"
      query={query}
      testId="unpaid-batches"
      actions={<Link to="/payout-batches">{translate('dashboard.batches.all')}</Link>}
    >
      {(unpaid) => (
        <>
          <Stack direction="row" sx={{ gap: 4, flexWrap: 'wrap', mb: 1 }}>
            {(['open', 'exported'] as const).map((status) => (
              <Typography key={status} variant="body1">
                {translate(`dashboard.batches.${status}`, {
                  smart_count: unpaid[status].batches,
                  payouts: unpaid[status].count,
                  total: euros(unpaid[status].totalCents),
                })}
              </Typography>
            ))}
          </Stack>
          {unpaid.batches.length > 0 && (
            <Table size="small">
              <TableHead>
                <TableRow>
                  <TableCell>{translate('resources.payout-batches.fields.id')}</TableCell>
                  <TableCell>
                    {translate('resources.payout-batches.fields.executionDate')}
                  </TableCell>
                  <TableCell align="right">
                    {translate('resources.payout-batches.fields.count')}
                  </TableCell>
                  <TableCell align="right">
                    {translate('resources.payout-batches.fields.totalCents')}
                  </TableCell>
                  <TableCell>{translate('resources.payout-batches.fields.status')}</TableCell>
                  <TableCell>{translate('dashboard.batches.actions')}</TableCell>
                </TableRow>
              </TableHead>
              <TableBody>
                {unpaid.batches.map((batch) => (
                  <RecordContextProvider key={batch.id} value={batch}>
                    <TableRow data-testid={`batch-${batch.id}`}>
                      <TableCell>
                        <Link to={`/payout-batches/${batch.id}/show`}>#{batch.id}</Link>
                      </TableCell>
                      <TableCell>
                        {new Intl.DateTimeFormat(locale, day).format(
                          new Date(`${batch.executionDate}T00:00:00Z`),
                        )}
                      </TableCell>
                      <TableCell align="right">{batch.count}</TableCell>
                      <TableCell align="right">{euros(batch.totalCents)}</TableCell>
                      <TableCell>
                        <PayoutBatchStatusField />
                      </TableCell>
                      <TableCell>
                        <Stack direction="row" sx={{ flexWrap: 'wrap' }}>
                          <BatchDownloads />
                          <MarkPaidButton />
                          <CancelBatchButton />
                        </Stack>
                      </TableCell>
                    </TableRow>
                  </RecordContextProvider>
                ))}
              </TableBody>
            </Table>
          )}
        </>
      )}
    </WidgetCard>
  )
}
