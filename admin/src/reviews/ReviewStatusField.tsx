import { Chip, type ChipProps } from '@mui/material'
import { useRecordContext, useTranslate } from 'react-admin'
import type { Review } from '../types'

type Shown = 'draft' | 'submitted' | 'conflict'
const color: Record<Shown, ChipProps['color']> = {
  draft: 'default',
  submitted: 'success',
  conflict: 'warning',
}

/** Where a review stands: a draft, submitted, or a declared conflict of interest instead. */
export const ReviewStatusField = (_props: { source?: string }) => {
  const review = useRecordContext<Review>()
  const translate = useTranslate()
  if (!review) return null
  const shown: Shown = review.conflictOfInterest ? 'conflict' : review.status
  return (
    <Chip
      size="small"
      sx={{ alignSelf: 'flex-start' }}
      color={color[shown]}
      data-testid="review-status"
      label={translate(`resources.reviews.status.${shown}`)}
    />
  )
}
