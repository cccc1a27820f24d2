import FlagIcon from '@mui/icons-material/Flag'
import { PriorityCreate } from './PriorityCreate'
import { PriorityEdit } from './PriorityEdit'
import { PriorityList } from './PriorityList'
import { PriorityShow } from './PriorityShow'

export default {
  name: 'priorities',
  icon: FlagIcon,
  list: PriorityList,
  show: PriorityShow,
  edit: PriorityEdit,
  create: PriorityCreate,
  recordRepresentation: 'title',
}
