import { Box } from '@mui/material'
import type { ReactNode } from 'react'
import {
  AutocompleteInput,
  DateInput,
  NumberInput,
  ReferenceInput,
  TextInput,
  maxValue,
  minValue,
  required,
} from 'react-admin'
import { EuroInput } from '../common/EuroInput'

const Row = ({ children }: { children: ReactNode }) => (
  <Box
    sx={{
      display: 'grid',
      gridTemplateColumns: { xs: '1fr', sm: 'repeat(3, 1fr)' },
      columnGap: 2,
      width: '100%',
    }}
  >
    {children}
  </Box>
)

const score = [minValue(0), maxValue(100)]

/** A plan never moves to another network, so the network is chosen only when creating it. */
export const PlanInputs = ({ isNew }: { isNew: boolean }) => (
  <>
    <Row>
      <ReferenceInput
        source="networkId"
        reference="networks"
        sort={{ field: 'name', order: 'ASC' }}
      >
        <AutocompleteInput validate={required()} readOnly={!isNew} />
      </ReferenceInput>
      <NumberInput source="year" step={1} validate={required()} />
      <TextInput source="title" validate={required()} />
    </Row>
    <Row>
      <EuroInput source="budgetCents" validate={required()} />
      <EuroInput source="maxGrantCents" />
      <NumberInput source="minScore" min={0} max={100} step={1} validate={score} />
    </Row>
    <Row>
      <DateInput source="opensOn" validate={required()} />
      <DateInput source="closesOn" validate={required()} />
    </Row>
  </>
)
