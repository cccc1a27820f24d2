import PaymentsIcon from '@mui/icons-material/Payments'
import { lazyView } from '../common/lazyView'
import { PayoutList } from './PayoutList'

// Read-only here: payouts follow from decisions; finance gathers them into batches.
export default {
  name: 'payouts',
  icon: PaymentsIcon,
  list: PayoutList,
  show: lazyView(() => import('./PayoutShow'), 'PayoutShow'),
  recordRepresentation: 'reference',
}
