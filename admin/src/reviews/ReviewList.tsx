import { usePermissions } from 'react-admin'
import type { Role } from '../access'
import { MyReviews } from './MyReviews'
import { PanelReviewList } from './PanelReviewList'

/** A panel member works from their own queue; coordinators and admins oversee all reviews. */
export const ReviewList = () => {
  const { permissions, isPending } = usePermissions<Role>()
  if (isPending) return null
  return permissions === 'reviewer' ? <MyReviews /> : <PanelReviewList />
}
