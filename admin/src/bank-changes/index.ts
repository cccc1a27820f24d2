import AccountBalanceIcon from '@mui/icons-material/AccountBalance'
import type { BankChange } from '../types'
import { lazyView } from '../common/lazyView'
import { BankChangeList } from './BankChangeList'

// Asked for from the application's page; decided from the list or the change's own page.
export default {
  name: 'bank-changes',
  icon: AccountBalanceIcon,
  list: BankChangeList,
  show: lazyView(() => import('./BankChangeShow'), 'BankChangeShow'),
  recordRepresentation: (change: BankChange) => `${change.reference} (${change.iban})`,
}
