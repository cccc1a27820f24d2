import AccountBalanceIcon from '@mui/icons-material/AccountBalance'
import type { BankChange } from '../types'
import { BankChangeList } from './BankChangeList'

// Asked for from the application's page and decided from the list: no pages of their own.
export default {
  name: 'bank-changes',
  icon: AccountBalanceIcon,
  list: BankChangeList,
  recordRepresentation: (change: BankChange) => `${change.reference} (${change.iban})`,
}
