import { Typography } from '@mui/material'
import {
  DataTable,
  ReferenceManyField,
  useCanAccess,
  useRecordContext,
  useTranslate,
} from 'react-admin'
import { Section } from '../common/Section'
import type { Application } from '../types'
import { reportColumns } from './reportColumns'

const NoReport = () => {
  const translate = useTranslate()
  return (
    <Typography variant="body2" color="text.secondary">
      {translate('resources.reports.empty')}
    </Typography>
  )
}

/** Reports are due only once an application is awarded. */
const REPORTING = ['awarded', 'reported', 'settled']

/** On the page of an awarded application: the initiative's report, if any, linking to it. */
export const ReportBox = () => {
  const application = useRecordContext<Application>()
  const { canAccess } = useCanAccess({ resource: 'reports', action: 'list' })
  if (!canAccess || !application || !REPORTING.includes(application.status)) return null
  return (
    <Section title="resources.applications.sections.report">
      <ReferenceManyField
        reference="reports"
        target="applicationId"
        sort={{ field: 'submittedAt', order: 'DESC' }}
        empty={<NoReport />}
      >
        <DataTable rowClick="show" bulkActionButtons={false}>
          {reportColumns()}
        </DataTable>
      </ReferenceManyField>
    </Section>
  )
}
