import RateReviewIcon from '@mui/icons-material/RateReview'
import { lazyView } from '../common/lazyView'
import { ReviewList } from './ReviewList'

// Panel members write reviews on the scoring page of an application (`scorePath`), not here.
export default {
  name: 'reviews',
  icon: RateReviewIcon,
  list: ReviewList,
  show: lazyView(() => import('./ReviewShow'), 'ReviewShow'),
  recordRepresentation: 'reviewerName',
}
