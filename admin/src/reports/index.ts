import AssessmentIcon from '@mui/icons-material/Assessment'
import type { Report } from '../types'
import { ReportList } from './ReportList'
import { ReportShow } from './ReportShow'

// Submitted by the initiative through its private link and settled through their dialog.
export default {
  name: 'reports',
  icon: AssessmentIcon,
  list: ReportList,
  show: ReportShow,
  recordRepresentation: (report: Report) => `#${report.id}`,
}
