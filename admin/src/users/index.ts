import PeopleIcon from '@mui/icons-material/People'
import { UserCreate } from './UserCreate'
import { UserEdit } from './UserEdit'
import { UserList } from './UserList'
import { UserShow } from './UserShow'

export default {
  name: 'users',
  icon: PeopleIcon,
  list: UserList,
  show: UserShow,
  edit: UserEdit,
  create: UserCreate,
  recordRepresentation: 'name',
}
