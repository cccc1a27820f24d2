import HistoryIcon from '@mui/icons-material/History'
import { lazyView } from '../common/lazyView'
import { AuditLogList } from './AuditLogList'

// Read-only: entries are written by the API alongside each change, never through the panel.
export default {
  name: 'audit-log',
  icon: HistoryIcon,
  list: AuditLogList,
  show: lazyView(() => import('./AuditLogShow'), 'AuditLogShow'),
}
