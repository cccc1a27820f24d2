import PeopleIcon from '@mui/icons-material/People'
import { lazyView } from '../common/lazyView'
import { UserList } from './UserList'

export default {
  name: 'users',
  icon: PeopleIcon,
  list: UserList,
  show: lazyView(() => import('./UserShow'), 'UserShow'),
  edit: lazyView(() => import('./UserEdit'), 'UserEdit'),
  create: lazyView(() => import('./UserCreate'), 'UserCreate'),
  recordRepresentation: 'name',
}
