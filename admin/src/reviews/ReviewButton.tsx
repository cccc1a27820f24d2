import RateReviewIcon from '@mui/icons-material/RateReview'
import { Button, LinkBase, useCanAccess, useRecordContext } from 'react-admin'
import type { Application } from '../types'
import { scorePath } from './scorePath'

/** Where the reader stands with their review of the application decides what the button says. */
function label(application: Application, waiting: boolean): string {
  if (application.myReviewStatus === 'draft') {
    return waiting ? 'resources.reviews.button.continue' : 'resources.reviews.button.mine'
  }
  if (application.myReviewStatus === 'submitted') {
    return application.myConflict
      ? 'resources.reviews.button.conflict'
      : 'resources.reviews.button.mine'
  }
  return 'resources.reviews.button.review'
}

/**
 * To the scoring page, for panel members: to review an application that waits for a decision, or
 * to read back their own review of it.
 */
export const ReviewButton = () => {
  const application = useRecordContext<Application>()
  const { canAccess } = useCanAccess({ resource: 'reviews', action: 'create' })
  if (!application || !canAccess) return null
  const waiting = application.status === 'submitted' || application.status === 'info_requested'
  if (!waiting && application.myReviewId === null) return null
  return (
    <Button component={LinkBase} to={scorePath(application.id)} label={label(application, waiting)}>
      <RateReviewIcon />
    </Button>
  )
}
