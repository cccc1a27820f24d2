import HubIcon from '@mui/icons-material/Hub'
import { NetworkCreate } from './NetworkCreate'
import { NetworkEdit } from './NetworkEdit'
import { NetworkList } from './NetworkList'
import { NetworkShow } from './NetworkShow'

export default {
  name: 'networks',
  icon: HubIcon,
  list: NetworkList,
  show: NetworkShow,
  edit: NetworkEdit,
  create: NetworkCreate,
  recordRepresentation: 'name',
}
