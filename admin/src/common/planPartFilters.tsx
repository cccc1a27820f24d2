import { AutocompleteInput, ReferenceInput, SearchInput } from 'react-admin'

/** The filters the API offers on a plan's priorities and criteria: search, plan and network. */
export const planPartFilters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <ReferenceInput key="planId" source="planId" reference="plans" alwaysOn>
    <AutocompleteInput />
  </ReferenceInput>,
  <ReferenceInput key="networkId" source="networkId" reference="networks">
    <AutocompleteInput />
  </ReferenceInput>,
]
