import AssessmentIcon from '@mui/icons-material/Assessment'
import type { Report } from '../types'
import { lazyView } from '../common/lazyView'
import { ReportList } from './ReportList'

// Submitted by the initiative through its private link and settled through their dialog.
export default {
  name: 'reports',
  icon: AssessmentIcon,
  list: ReportList,
  show: lazyView(() => import('./ReportShow'), 'ReportShow'),
  recordRepresentation: (report: Report) => `#${report.id}`,
}
