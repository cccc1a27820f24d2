import { Grid, Typography } from '@mui/material'
import { useTranslate } from 'react-admin'
import { HeldPayoutsCard } from './HeldPayoutsCard'
import { PayoutsDueCard } from './PayoutsDueCard'
import { UnpaidBatchesCard } from './UnpaidBatchesCard'

/**
 * Finance's home: what is due this week and next, with a batch a click away; what waits for an
 * account or an approval; and the batches still to send to the bank or to see paid. Under the
 * admin's steering figures its title is a second-level heading.
 */
export const FinanceHome = ({ heading }: { heading: 'h1' | 'h2' }) => {
  const translate = useTranslate()
  return (
    <>
      <Typography variant="h5" component={heading} sx={{ mt: 2, mb: 2 }}>
        {translate('dashboard.financeTitle')}
      </Typography>
      <Grid container spacing={2}>
        <Grid size={{ xs: 12, lg: 8 }}>
          <PayoutsDueCard />
        </Grid>
        <Grid size={{ xs: 12, lg: 4 }}>
          <HeldPayoutsCard />
        </Grid>
        <Grid size={12}>
          <UnpaidBatchesCard />
        </Grid>
      </Grid>
    </>
  )
}
