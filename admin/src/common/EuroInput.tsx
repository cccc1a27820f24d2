import { InputAdornment } from '@mui/material'
import { NumberInput, type NumberInputProps } from 'react-admin'
import { centsToEuros, eurosToCents } from './money'

/** Edits an amount in integer cents (`*Cents` fields) as euros. */
export const EuroInput = (props: NumberInputProps) => (
  <NumberInput
    format={centsToEuros}
    parse={eurosToCents}
    step={0.01}
    min={0}
    slotProps={{ input: { startAdornment: <InputAdornment position="start">€</InputAdornment> } }}
    {...props}
  />
)
