import RateReviewIcon from '@mui/icons-material/RateReview'
import { Alert, Card, CardContent, LinearProgress, Typography } from '@mui/material'
import { Button, LinkBase, useGetList, useTranslate } from 'react-admin'

/** A panel member's home: how many applications wait for their review, and the way to them. */
export const ReviewerHome = () => {
  const translate = useTranslate()
  // Only the count is needed: one row, and the total the list answers with.
  const { total, error } = useGetList('applications', {
    filter: { reviewQueue: true },
    pagination: { page: 1, perPage: 1 },
  })
  return (
    <Card component="section" sx={{ mt: 2, maxWidth: 560 }} data-testid="review-queue-count">
      <CardContent>
        <Typography variant="h5" component="h1" sx={{ mb: 1 }}>
          {translate('dashboard.queue.title')}
        </Typography>
        {error ? (
          <Alert severity="error">{error.message}</Alert>
        ) : total === undefined ? (
          <LinearProgress aria-label={translate('dashboard.loading')} />
        ) : (
          <>
            <Typography variant="h3" component="p" sx={{ fontWeight: 700 }}>
              {total}
            </Typography>
            <Typography variant="body1" sx={{ mb: 2 }}>
              {translate('dashboard.queue.waiting', { smart_count: total })}
            </Typography>
            <Button
              component={LinkBase}
              to="/reviews"
              variant="contained"
              label="dashboard.queue.open"
            >
              <RateReviewIcon />
            </Button>
          </>
        )}
      </CardContent>
    </Card>
  )
}
