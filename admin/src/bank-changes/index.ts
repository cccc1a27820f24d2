import AccountBalanceIcon from '@mui/icons-material/AccountBalance'
import type { BankChange } from '../types'
import { BankChangeList } from './BankChangeList'
import { BankChangeShow } from './BankChangeShow'

// Asked for from the application's page; decided from the list or the change's own page.
export default {
  name: 'bank-changes',
  icon: AccountBalanceIcon,
  list: BankChangeList,
  show: BankChangeShow,
  recordRepresentation: (change: BankChange) => `${change.reference} (${change.iban})`,
}
