import { Paper, Typography } from '@mui/material'
import {
  ArrayField,
  RecordContextProvider,
  useGetList,
  useLocaleState,
  useTranslate,
} from 'react-admin'
import { Section } from '../common/Section'
import { formatScore } from '../common/score'
import type { Application, Review } from '../types'
import { ScoresTable } from './ScoresTable'

/**
 * The other panel members' submitted reviews, with their totals and reasons: shown only once the
 * reader has submitted their own (the API gives them no sooner). Members who declared a conflict
 * are named without their note.
 */
export const OtherReviews = ({ application, mine }: { application: Application; mine: Review }) => {
  const translate = useTranslate()
  const [locale] = useLocaleState()
  const { data = [], isPending } = useGetList<Review>('reviews', {
    filter: { applicationId: application.id, status: 'submitted' },
    sort: { field: 'submittedAt', order: 'ASC' },
    pagination: { page: 1, perPage: 100 },
  })
  if (isPending) return null
  const others = data.filter((review) => review.id !== mine.id)
  const scored = others.filter((review) => !review.conflictOfInterest)
  const conflicted = others.filter((review) => review.conflictOfInterest)
  return (
    <Section title="resources.reviews.others.title">
      <div data-testid="other-reviews">
        {application.score !== null && (
          <Typography variant="body1" sx={{ mb: 2 }} data-testid="application-score">
            {translate('resources.reviews.others.score', {
              score: formatScore(application.score, locale),
              smart_count: application.reviewCount,
            })}
          </Typography>
        )}
        {scored.length === 0 && (
          <Typography variant="body2" color="text.secondary">
            {translate('resources.reviews.others.empty')}
          </Typography>
        )}
        {scored.map((review) => (
          <Paper key={review.id} variant="outlined" sx={{ p: 2, mb: 2 }} data-testid="other-review">
            <Typography variant="subtitle1" component="h3" sx={{ fontWeight: 600 }}>
              {translate('resources.reviews.others.total', {
                name: review.reviewerName,
                total: review.total === null ? '—' : formatScore(review.total, locale),
              })}
            </Typography>
            <RecordContextProvider value={review}>
              <ArrayField source="scores" resource="reviews">
                <ScoresTable />
              </ArrayField>
            </RecordContextProvider>
          </Paper>
        ))}
        {conflicted.length > 0 && (
          <Typography variant="body2" color="text.secondary">
            {translate('resources.reviews.others.conflicted', {
              names: conflicted.map((review) => review.reviewerName).join(', '),
            })}
          </Typography>
        )}
      </div>
    </Section>
  )
}
