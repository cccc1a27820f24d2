import { Box, LinearProgress, Typography } from '@mui/material'
import { useTranslate } from 'react-admin'
import type { ReviewFigures } from './api'

/** Submitted reviews against what the panel owes on the applications now under review. */
export const ReviewProgress = ({ progress }: { progress: ReviewFigures }) => {
  const translate = useTranslate()
  const done = progress.expected > 0 ? (progress.submitted / progress.expected) * 100 : 0
  const summary = translate('dashboard.reviews.summary', {
    submitted: progress.submitted,
    expected: progress.expected,
  })
  return (
    <Box data-testid="review-progress">
      <Typography variant="h4" component="p" sx={{ mb: 1 }}>
        {summary}
      </Typography>
      <LinearProgress
        variant="determinate"
        value={Math.min(100, done)}
        sx={{ height: 12, borderRadius: 1, mb: 1 }}
        aria-label={summary}
      />
      <Typography variant="body2" color="text.secondary">
        {translate('dashboard.reviews.details', {
          smart_count: progress.applications,
          panel: progress.panelSize,
          drafts: progress.drafts,
          conflicted: progress.conflicted,
        })}
      </Typography>
    </Box>
  )
}
