import {
  AutocompleteInput,
  DataTable,
  DateInput,
  List,
  ReferenceInput,
  SearchInput,
  SelectInput,
  TextInput,
} from 'react-admin'
import { ListActions } from '../common/ListActions'
import { LocalDateField } from '../common/LocalDateField'
import { auditActionChoices } from '../common/choices'
import { ActionField } from './ActionField'
import { ActorField } from './ActorField'
import { ChangesField } from './ChangesField'
import { EntityField } from './EntityField'

const filters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <DateInput key="at_gte" source="at_gte" alwaysOn />,
  <DateInput key="at_lte" source="at_lte" alwaysOn />,
  <SelectInput key="action" source="action" choices={auditActionChoices} />,
  <TextInput key="entity" source="entity" />,
  <TextInput key="entityId" source="entityId" />,
  <ReferenceInput key="actorId" source="actorId" reference="users">
    <AutocompleteInput />
  </ReferenceInput>,
  <ReferenceInput key="networkId" source="networkId" reference="networks">
    <AutocompleteInput />
  </ReferenceInput>,
]

export const AuditLogList = () => (
  <List
    filters={filters}
    actions={<ListActions />}
    sort={{ field: 'at', order: 'DESC' }}
    perPage={50}
  >
    <DataTable rowClick="show" bulkActionButtons={false}>
      <DataTable.Col source="at">
        <LocalDateField source="at" showTime />
      </DataTable.Col>
      <DataTable.Col source="actorName" disableSort>
        <ActorField />
      </DataTable.Col>
      <DataTable.Col source="action" disableSort>
        <ActionField />
      </DataTable.Col>
      <DataTable.Col source="entity" disableSort>
        <EntityField />
      </DataTable.Col>
      <DataTable.Col source="changes" disableSort>
        <ChangesField />
      </DataTable.Col>
    </DataTable>
  </List>
)
