import { NumberInput, TextInput, required } from 'react-admin'
import { keepEmptyText } from '../common/parse'

/** Shared by create, edit and the inline rows on the plan page. */
export const PriorityInputs = () => (
  <>
    <TextInput source="title" validate={required()} />
    <TextInput source="description" parse={keepEmptyText} multiline />
    <NumberInput source="position" min={0} step={1} />
  </>
)
