import HubIcon from '@mui/icons-material/Hub'
import { lazyView } from '../common/lazyView'
import { NetworkList } from './NetworkList'

export default {
  name: 'networks',
  icon: HubIcon,
  list: NetworkList,
  show: lazyView(() => import('./NetworkShow'), 'NetworkShow'),
  edit: lazyView(() => import('./NetworkEdit'), 'NetworkEdit'),
  create: lazyView(() => import('./NetworkCreate'), 'NetworkCreate'),
  recordRepresentation: 'name',
}
