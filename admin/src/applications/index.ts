import AssignmentIcon from '@mui/icons-material/Assignment'
import { ApplicationList } from './ApplicationList'
import { ApplicationShow } from './ApplicationShow'

// Read-only here: applicants write applications through their own forms; staff act on them.
export default {
  name: 'applications',
  icon: AssignmentIcon,
  list: ApplicationList,
  show: ApplicationShow,
  recordRepresentation: 'reference',
}
