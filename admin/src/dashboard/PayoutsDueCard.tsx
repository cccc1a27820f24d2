import { Box, Divider, Stack, Typography } from '@mui/material'
import { Link, useLocaleState, useTranslate } from 'react-admin'
import { formatEuros } from '../common/money'
import { NewBatchButton } from '../payout-batches/NewBatchButton'
import { type DueBucket, useWidget } from './api'
import { filteredList } from './links'
import { WidgetCard } from './WidgetCard'

const day = { timeZone: 'UTC', day: 'numeric', month: 'short' } as const

/**
 * One period's scheduled transfers: count and sum, a link to exactly those payouts in the list,
 * and a button to gather everything due by the period's last day into a batch.
 */
const Bucket = ({
  name,
  bucket,
  gather,
}: {
  name: 'late' | 'thisWeek' | 'nextWeek'
  bucket: DueBucket
  gather: boolean
}) => {
  const translate = useTranslate()
  const [locale] = useLocaleState()
  const date = (iso: string) =>
    new Intl.DateTimeFormat(locale, day).format(new Date(`${iso}T00:00:00Z`))
  const filter = {
    status: 'scheduled',
    ...(bucket.from ? { dueOn_gte: bucket.from } : {}),
    dueOn_lte: bucket.to,
  }
  return (
    <Box data-testid={`due-${name}`} sx={{ minWidth: 200, flex: 1 }}>
      <Typography variant="subtitle1" component="h3" sx={{ fontWeight: 600 }}>
        {translate(`dashboard.payouts.${name}`)}
      </Typography>
      <Typography variant="body2" color="text.secondary">
        {bucket.from
          ? translate('dashboard.payouts.period', { from: date(bucket.from), to: date(bucket.to) })
          : translate('dashboard.payouts.before', { to: date(bucket.to) })}
      </Typography>
      <Typography variant="h4" component="p" sx={{ fontWeight: 700 }} data-testid="due-total">
        {formatEuros(bucket.totalCents, locale)}
      </Typography>
      <Link to={filteredList('payouts', filter)} data-testid="due-count">
        {translate('dashboard.payouts.count', { smart_count: bucket.count })}
      </Link>
      {gather && bucket.count > 0 && (
        <Box sx={{ mt: 1 }}>
          <NewBatchButton dueBefore={bucket.to} />
        </Box>
      )}
    </Box>
  )
}

/** Scheduled transfers due this week and next, and any still waiting from before. */
export const PayoutsDueCard = () => {
  const query = useWidget('payouts-due')
  return (
    <WidgetCard title="dashboard.payouts.title" query={query} testId="payouts-due">
      {(due) => (
        <Stack
          direction="row"
          divider={<Divider orientation="vertical" flexItem />}
          sx={{ gap: 3, flexWrap: 'wrap' }}
        >
          {due.late.count > 0 && <Bucket name="late" bucket={due.late} gather={false} />}
          <Bucket name="thisWeek" bucket={due.thisWeek} gather />
          <Bucket name="nextWeek" bucket={due.nextWeek} gather />
        </Stack>
      )}
    </WidgetCard>
  )
}
