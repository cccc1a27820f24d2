import PaymentsIcon from '@mui/icons-material/Payments'
import { PayoutList } from './PayoutList'
import { PayoutShow } from './PayoutShow'

// Read-only here: payouts follow from decisions; finance gathers them into batches.
export default {
  name: 'payouts',
  icon: PaymentsIcon,
  list: PayoutList,
  show: PayoutShow,
  recordRepresentation: 'reference',
}
