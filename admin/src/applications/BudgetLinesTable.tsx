import WarningAmberIcon from '@mui/icons-material/WarningAmber'
import { Chip, Tooltip } from '@mui/material'
import { DataTable, SelectField, useRecordContext, useTranslate } from 'react-admin'
import { EuroField } from '../common/EuroField'
import { budgetCategoryChoices } from '../common/choices'
import type { BudgetLine } from '../types'

/** Marks a line whose category is usually not funded, so the reader looks at it. */
const FlaggedChip = () => {
  const line = useRecordContext<BudgetLine>()
  const translate = useTranslate()
  if (!line?.flagged) return null
  return (
    <Tooltip title={translate('resources.applications.budgetLine.flaggedHelp')}>
      <Chip
        size="small"
        color="warning"
        icon={<WarningAmberIcon />}
        data-testid="budget-line-flagged"
        label={translate('resources.applications.budgetLine.flagged')}
      />
    </Tooltip>
  )
}

/** The application's budget lines (inside an `ArrayField` of `budgetLines`). */
export const BudgetLinesTable = () => (
  <DataTable bulkActionButtons={false} rowClick={false}>
    <DataTable.Col
      source="description"
      label="resources.applications.budgetLine.description"
      disableSort
    />
    <DataTable.Col source="category" label="resources.applications.budgetLine.category" disableSort>
      <SelectField source="category" choices={budgetCategoryChoices} />
    </DataTable.Col>
    <DataTable.Col
      source="amountCents"
      label="resources.applications.budgetLine.amountCents"
      align="right"
      disableSort
    >
      <EuroField source="amountCents" />
    </DataTable.Col>
    <DataTable.Col source="flagged" label="" disableSort>
      <FlaggedChip />
    </DataTable.Col>
  </DataTable>
)
