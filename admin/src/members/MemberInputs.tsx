import { AutocompleteInput, ReferenceInput, SelectInput, required } from 'react-admin'
import { memberKindChoices } from '../common/choices'

/** A seat never moves to another network or user, so those are chosen only when creating it. */
export const MemberInputs = ({ isNew }: { isNew: boolean }) => (
  <>
    <ReferenceInput source="networkId" reference="networks" sort={{ field: 'name', order: 'ASC' }}>
      <AutocompleteInput validate={required()} readOnly={!isNew} />
    </ReferenceInput>
    <ReferenceInput source="userId" reference="users" sort={{ field: 'name', order: 'ASC' }}>
      <AutocompleteInput validate={required()} readOnly={!isNew} />
    </ReferenceInput>
    <SelectInput source="kind" choices={memberKindChoices} validate={required()} />
  </>
)
