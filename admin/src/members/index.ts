import BadgeIcon from '@mui/icons-material/Badge'
import { MemberCreate } from './MemberCreate'
import { MemberEdit } from './MemberEdit'
import { MemberList } from './MemberList'
import { MemberShow } from './MemberShow'

export default {
  name: 'members',
  icon: BadgeIcon,
  list: MemberList,
  show: MemberShow,
  edit: MemberEdit,
  create: MemberCreate,
}
