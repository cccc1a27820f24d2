import FlagIcon from '@mui/icons-material/Flag'
import { lazyView } from '../common/lazyView'
import { PriorityList } from './PriorityList'

export default {
  name: 'priorities',
  icon: FlagIcon,
  list: PriorityList,
  show: lazyView(() => import('./PriorityShow'), 'PriorityShow'),
  edit: lazyView(() => import('./PriorityEdit'), 'PriorityEdit'),
  create: lazyView(() => import('./PriorityCreate'), 'PriorityCreate'),
  recordRepresentation: 'title',
}
