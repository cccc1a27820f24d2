import EventNoteIcon from '@mui/icons-material/EventNote'
import { lazyView } from '../common/lazyView'
import { PlanList } from './PlanList'

export default {
  name: 'plans',
  icon: EventNoteIcon,
  list: PlanList,
  show: lazyView(() => import('./PlanShow'), 'PlanShow'),
  edit: lazyView(() => import('./PlanEdit'), 'PlanEdit'),
  create: lazyView(() => import('./PlanCreate'), 'PlanCreate'),
  recordRepresentation: 'title',
}
