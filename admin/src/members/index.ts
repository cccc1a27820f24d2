import BadgeIcon from '@mui/icons-material/Badge'
import { lazyView } from '../common/lazyView'
import { MemberList } from './MemberList'

export default {
  name: 'members',
  icon: BadgeIcon,
  list: MemberList,
  show: lazyView(() => import('./MemberShow'), 'MemberShow'),
  edit: lazyView(() => import('./MemberEdit'), 'MemberEdit'),
  create: lazyView(() => import('./MemberCreate'), 'MemberCreate'),
}
