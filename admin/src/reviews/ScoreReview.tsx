import ArrowBackIcon from '@mui/icons-material/ArrowBack'
import { Alert, Box, Card, Stack, Typography } from '@mui/material'
import {
  Button,
  LinkBase,
  CanAccess,
  Loading,
  RecordContextProvider,
  ReferenceField,
  ResourceContextProvider,
  Title,
  useGetList,
  useGetOne,
  useParams,
  useTranslate,
} from 'react-admin'
import { Initiative, Money } from '../applications/ApplicationShow'
import { ApplicationStatusField } from '../applications/ApplicationStatusField'
import { FieldGrid } from '../common/FieldGrid'
import { LocalDateField, calendarDay } from '../common/LocalDateField'
import type { Application, Criterion, Review } from '../types'
import { WHOLE_RECORD } from '../applications/wholeRecord'
import { ConflictButton } from './ConflictButton'
import { OtherReviews } from './OtherReviews'
import { ScoreForm } from './ScoreForm'
import { SubmittedReview } from './SubmittedReview'

/** Reviews are written while an application waits for its decision (as the API allows). */
const REVIEWABLE = new Set(['submitted', 'info_requested'])

/** What the panel member scores: the application's essentials, as on its own page. */
const ApplicationColumn = ({ application }: { application: Application }) => {
  const translate = useTranslate()
  return (
    <ResourceContextProvider value="applications">
      <RecordContextProvider value={application}>
        <Box sx={{ p: 2 }}>
          <FieldGrid>
            <ReferenceField source="networkId" reference="networks" link={false} />
            <ApplicationStatusField source="status" />
            <LocalDateField source="decisionDueOn" options={calendarDay} emptyText="—" />
          </FieldGrid>
        </Box>
        <Initiative />
        <Money />
        <Box sx={{ px: 2, pb: 2 }}>
          <Button
            component={LinkBase}
            to={`/applications/${application.id}/show`}
            label="resources.reviews.score.wholeApplication"
          />
          <Typography variant="body2" color="text.secondary">
            {translate('resources.reviews.score.wholeApplicationHelp')}
          </Typography>
        </Box>
      </RecordContextProvider>
    </ResourceContextProvider>
  )
}

/** The reader's side: score, declare a conflict, or read back what they submitted. */
const ReviewColumn = ({ application }: { application: Application }) => {
  const translate = useTranslate()
  const reviewable = REVIEWABLE.has(application.status)
  const { data: review, isPending: reviewPending } = useGetOne<Review>(
    'reviews',
    { id: application.myReviewId ?? 0 },
    { enabled: application.myReviewId !== null },
  )
  const { data: criteria, isPending: criteriaPending } = useGetList<Criterion>('criteria', {
    filter: { planId: application.planId },
    sort: { field: 'position', order: 'ASC' },
    pagination: { page: 1, perPage: 100 },
  })
  if ((application.myReviewId !== null && reviewPending) || criteriaPending) return <Loading />

  if (review?.status === 'submitted' || review?.conflictOfInterest) {
    return (
      <>
        <SubmittedReview review={review} reopenable={reviewable} />
        {!review.conflictOfInterest && <OtherReviews application={application} mine={review} />}
      </>
    )
  }
  if (!reviewable) {
    return <Alert severity="info">{translate('resources.reviews.score.closed')}</Alert>
  }
  return (
    <Box component="section" aria-labelledby="my-review">
      <Typography id="my-review" variant="h6" component="h2" sx={{ mb: 1 }}>
        {translate('resources.reviews.sections.mine')}
      </Typography>
      <ConflictButton application={application} review={review} />
      <Typography variant="body2" sx={{ mb: 2 }}>
        {translate('resources.reviews.score.intro')}
      </Typography>
      <ScoreForm application={application} criteria={criteria ?? []} review={review} />
    </Box>
  )
}

/**
 * The scoring page of one application: the application on the left, the reader's review on the
 * right, so they score with the application in view.
 */
const ScoreReview = () => {
  const translate = useTranslate()
  const { applicationId } = useParams<{ applicationId: string }>()
  const { data: application, isPending } = useGetOne<Application>('applications', {
    id: Number(applicationId),
    meta: WHOLE_RECORD,
  })
  if (isPending) return <Loading />
  if (!application) return null
  const title = translate('resources.reviews.score.title', { reference: application.reference })
  return (
    <CanAccess resource="reviews" action="create">
      <Title title={title} />
      <Stack direction="row" sx={{ alignItems: 'center', mt: 2, mb: 1, gap: 1 }}>
        <Button component={LinkBase} to="/reviews" label="resources.reviews.mine">
          <ArrowBackIcon />
        </Button>
      </Stack>
      <Typography variant="h5" component="h1" sx={{ mb: 2 }}>
        {application.reference} · {application.title}
      </Typography>
      <Box
        sx={{
          display: 'grid',
          gridTemplateColumns: { xs: '1fr', lg: 'minmax(0, 1fr) minmax(0, 1fr)' },
          gap: 2,
          alignItems: 'start',
        }}
      >
        <Card
          component="article"
          aria-label={translate('resources.reviews.sections.application')}
          // On a wide screen the application stays in view while the reviewer scrolls the scores.
          sx={{
            position: { lg: 'sticky' },
            top: { lg: 72 },
            maxHeight: { lg: 'calc(100vh - 88px)' },
            overflow: { lg: 'auto' },
          }}
        >
          <ApplicationColumn application={application} />
        </Card>
        <Card sx={{ p: 2 }}>
          <ReviewColumn application={application} />
        </Card>
      </Box>
    </CanAccess>
  )
}

// A default export, for React.lazy: the page loads only when a reviewer opens it.
export default ScoreReview
