import AssignmentIcon from '@mui/icons-material/Assignment'
import { lazyView } from '../common/lazyView'
import { ApplicationList } from './ApplicationList'

// Read-only here: applicants write applications through their own forms; staff act on them.
export default {
  name: 'applications',
  icon: AssignmentIcon,
  list: ApplicationList,
  show: lazyView(() => import('./ApplicationShow'), 'ApplicationShow'),
  recordRepresentation: 'reference',
}
