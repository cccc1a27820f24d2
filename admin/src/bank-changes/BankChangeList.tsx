import ArrowForwardIcon from '@mui/icons-material/ArrowForward'
import { Stack } from '@mui/material'
import { DataTable, FilterButton, List, SelectInput, TextField, TopToolbar } from 'react-admin'
import { LocalDateField } from '../common/LocalDateField'
import { bankChangeStatusChoices } from '../common/choices'
import { ApplicationLink } from './ApplicationLink'
import { BankChangeStatusField } from './BankChangeStatusField'
import { DecideBankChangeButtons } from './DecideBankChangeButtons'
import { IbanField } from './IbanField'

const filters = [
  <SelectInput key="status" source="status" choices={bankChangeStatusChoices} alwaysOn />,
]

const Actions = () => (
  <TopToolbar>
    <FilterButton />
  </TopToolbar>
)

/** The account now and the one asked for, side by side. */
const IbanChange = (_props: { source?: string }) => (
  <Stack direction="row" spacing={1} sx={{ alignItems: 'center', whiteSpace: 'nowrap' }}>
    <TextField source="currentIban" emptyText="—" />
    <ArrowForwardIcon fontSize="small" color="action" />
    <IbanField source="iban" />
  </Stack>
)

// New changes are asked for from the application's page; here finance decides the pending ones.
export const BankChangeList = () => (
  <List
    filters={filters}
    filterDefaultValues={{ status: 'pending' }}
    actions={<Actions />}
    sort={{ field: 'createdAt', order: 'DESC' }}
  >
    <DataTable rowClick="show" bulkActionButtons={false}>
      <DataTable.Col source="reference" disableSort>
        <ApplicationLink />
      </DataTable.Col>
      <DataTable.Col source="iban" disableSort>
        <IbanChange />
      </DataTable.Col>
      <DataTable.Col source="accountHolder" disableSort />
      <DataTable.Col source="note" disableSort />
      <DataTable.Col source="createdAt">
        <LocalDateField source="createdAt" showTime />
      </DataTable.Col>
      <DataTable.Col source="status" disableSort>
        <BankChangeStatusField />
      </DataTable.Col>
      <DataTable.Col label=" " disableSort>
        <DecideBankChangeButtons />
      </DataTable.Col>
    </DataTable>
  </List>
)
