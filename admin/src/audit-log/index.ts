import HistoryIcon from '@mui/icons-material/History'
import { AuditLogList } from './AuditLogList'
import { AuditLogShow } from './AuditLogShow'

// Read-only: entries are written by the API alongside each change, never through the panel.
export default {
  name: 'audit-log',
  icon: HistoryIcon,
  list: AuditLogList,
  show: AuditLogShow,
}
