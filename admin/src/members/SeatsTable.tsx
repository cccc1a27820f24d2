import { DataTable, ReferenceField, ReferenceManyField, SelectField } from 'react-admin'
import { memberKindChoices } from '../common/choices'

/** The other end of a seat: a network's seats show their users, a user's seats their networks. */
const otherEnd = {
  networkId: { source: 'userId', reference: 'users' },
  userId: { source: 'networkId', reference: 'networks' },
} as const

/** The seats of the network or user on show, each with its holder (or network) and kind. */
export const SeatsTable = ({ of }: { of: keyof typeof otherEnd }) => {
  const { source, reference } = otherEnd[of]
  return (
    <ReferenceManyField
      reference="members"
      target={of}
      sort={{ field: of === 'userId' ? 'networkId' : 'id', order: 'ASC' }}
      perPage={100}
    >
      <DataTable bulkActionButtons={false} rowClick="show">
        <DataTable.Col source={source} disableSort>
          <ReferenceField source={source} reference={reference} />
        </DataTable.Col>
        <DataTable.Col source="kind" disableSort>
          <SelectField source="kind" choices={memberKindChoices} />
        </DataTable.Col>
      </DataTable>
    </ReferenceManyField>
  )
}
