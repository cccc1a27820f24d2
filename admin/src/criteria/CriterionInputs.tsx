import { BooleanInput, NumberInput, TextInput, maxValue, minValue, required } from 'react-admin'
import { keepEmptyText } from '../common/parse'

const weight = [required(), minValue(1), maxValue(100)]

/** Shared by create, edit and the inline rows on the plan page. */
export const CriterionInputs = () => (
  <>
    <TextInput source="title" validate={required()} />
    <TextInput source="description" parse={keepEmptyText} multiline />
    <NumberInput source="weight" min={1} max={100} step={1} validate={weight} />
    <BooleanInput source="knockout" />
    <NumberInput source="position" min={0} step={1} />
  </>
)
