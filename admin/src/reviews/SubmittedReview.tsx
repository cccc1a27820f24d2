import { Alert, AlertTitle } from '@mui/material'
import { ArrayField, RecordContextProvider, useLocaleState, useTranslate } from 'react-admin'
import { Section } from '../common/Section'
import { formatScore } from '../common/score'
import type { Review } from '../types'
import { ReopenButton } from './ReopenButton'
import { ScoresTable } from './ScoresTable'

/**
 * A submitted review, read-only: the reader's scores and total, or their declared conflict. While
 * the application still waits for a decision, scores can be reopened to change them; a declared
 * conflict stands (the API keeps it), so it has no way back.
 */
export const SubmittedReview = ({
  review,
  reopenable,
}: {
  review: Review
  reopenable: boolean
}) => {
  const translate = useTranslate()
  const [locale] = useLocaleState()
  const submittedOn = review.submittedAt
    ? new Date(review.submittedAt).toLocaleDateString(locale, { dateStyle: 'long' })
    : ''
  if (review.conflictOfInterest) {
    return (
      <Alert severity="warning" sx={{ mb: 2 }} data-testid="conflict-declared">
        <AlertTitle>{translate('resources.reviews.conflict.shown')}</AlertTitle>
        {translate('resources.reviews.conflict.shownText', { note: review.conflictNote ?? '' })}
      </Alert>
    )
  }
  const reopen = reopenable ? <ReopenButton review={review} /> : undefined
  return (
    <Section title="resources.reviews.sections.mine" actions={reopen}>
      <Alert severity="success" sx={{ mb: 2 }} data-testid="review-submitted">
        {translate('resources.reviews.score.readOnly', {
          date: submittedOn,
          total: review.total === null ? '—' : formatScore(review.total, locale),
        })}
      </Alert>
      <RecordContextProvider value={review}>
        <ArrayField source="scores" resource="reviews">
          <ScoresTable />
        </ArrayField>
      </RecordContextProvider>
    </Section>
  )
}
