import { Typography } from '@mui/material'
import { useLocaleState, useRecordContext, useTranslate } from 'react-admin'
import { formatScore } from '../common/score'
import type { Review } from '../types'

/** A review's total out of 100, or a dash while it is incomplete or a conflict declaration. */
export const TotalField = (_props: { source?: string }) => {
  const review = useRecordContext<Review>()
  const translate = useTranslate()
  const [locale] = useLocaleState()
  if (!review) return null
  return (
    <Typography component="span" variant="body2">
      {review.total === null
        ? '—'
        : translate('resources.reviews.outOf100', { total: formatScore(review.total, locale) })}
    </Typography>
  )
}
