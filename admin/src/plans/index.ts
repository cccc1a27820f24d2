import EventNoteIcon from '@mui/icons-material/EventNote'
import { PlanCreate } from './PlanCreate'
import { PlanEdit } from './PlanEdit'
import { PlanList } from './PlanList'
import { PlanShow } from './PlanShow'

export default {
  name: 'plans',
  icon: EventNoteIcon,
  list: PlanList,
  show: PlanShow,
  edit: PlanEdit,
  create: PlanCreate,
  recordRepresentation: 'title',
}
