import { Box } from '@mui/material'
import { ArrayField, ReferenceField, Show, TextField, useRecordContext } from 'react-admin'
import { FieldGrid } from '../common/FieldGrid'
import { LocalDateField } from '../common/LocalDateField'
import { Section } from '../common/Section'
import type { Review } from '../types'
import { ReviewStatusField } from './ReviewStatusField'
import { ScoresTable } from './ScoresTable'
import { TotalField } from './TotalField'
import { HistorySection } from '../common/HistorySection'

/** A declaration of conflict has a note and no scores; a review has scores and no note. */
const Content = () => {
  const review = useRecordContext<Review>()
  if (!review) return null
  return (
    <Section title="resources.reviews.sections.review">
      <FieldGrid>
        <ReferenceField source="applicationId" reference="applications" />
        <TextField source="reviewerName" />
        <ReviewStatusField source="status" />
        <LocalDateField source="submittedAt" showTime emptyText="—" />
        {review.conflictOfInterest ? (
          <TextField source="conflictNote" fullWidth sx={{ whiteSpace: 'pre-wrap' }} />
        ) : (
          <TotalField source="total" />
        )}
        {!review.conflictOfInterest && (
          <ArrayField source="scores" fullWidth>
            <ScoresTable />
          </ArrayField>
        )}
      </FieldGrid>
    </Section>
  )
}

export const ReviewShow = () => (
  <Show>
    <Box sx={{ pt: 2 }}>
      <Content />
      <HistorySection />
    </Box>
  </Show>
)
