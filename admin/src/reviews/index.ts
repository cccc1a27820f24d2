import RateReviewIcon from '@mui/icons-material/RateReview'
import { ReviewList } from './ReviewList'
import { ReviewShow } from './ReviewShow'

// Panel members write reviews on the scoring page of an application (`scorePath`), not here.
export default {
  name: 'reviews',
  icon: RateReviewIcon,
  list: ReviewList,
  show: ReviewShow,
  recordRepresentation: 'reviewerName',
}
