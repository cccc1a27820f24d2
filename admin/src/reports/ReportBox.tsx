import { Typography } from '@mui/material'
import { DataTable, NumberField, ReferenceManyField, useCanAccess, useTranslate } from 'react-admin'
import { EuroField } from '../common/EuroField'
import { LocalDateField, calendarDay } from '../common/LocalDateField'
import { Section } from '../common/Section'

const day = { ...calendarDay, month: 'short' } as const

const NoReport = () => {
  const translate = useTranslate()
  return (
    <Typography variant="body2" color="text.secondary">
      {translate('resources.reports.empty')}
    </Typography>
  )
}

/** On the application's page: the initiative's report, if any, linking to it. */
export const ReportBox = () => {
  const { canAccess } = useCanAccess({ resource: 'reports', action: 'list' })
  if (!canAccess) return null
  return (
    <Section title="resources.applications.sections.report">
      <ReferenceManyField
        reference="reports"
        target="applicationId"
        sort={{ field: 'submittedAt', order: 'DESC' }}
        empty={<NoReport />}
      >
        <DataTable rowClick="show" bulkActionButtons={false}>
          <DataTable.Col source="submittedAt" disableSort>
            <LocalDateField source="submittedAt" showTime />
          </DataTable.Col>
          <DataTable.Col source="participantsReached" disableSort align="right">
            <NumberField source="participantsReached" />
          </DataTable.Col>
          <DataTable.Col source="actualCostsCents" disableSort align="right">
            <EuroField source="actualCostsCents" />
          </DataTable.Col>
          <DataTable.Col source="settledCents" disableSort align="right">
            <EuroField source="settledCents" />
          </DataTable.Col>
          <DataTable.Col source="settledOn" disableSort>
            <LocalDateField source="settledOn" options={day} emptyText="—" />
          </DataTable.Col>
        </DataTable>
      </ReferenceManyField>
    </Section>
  )
}
