import { Create, SimpleForm } from 'react-admin'
import { PlanInputs } from './PlanInputs'

/** DOMAIN defaults: a minimum score of 60 and grants of at most €5,000. */
const defaults = () => ({ year: new Date().getFullYear(), minScore: 60, maxGrantCents: 500_000 })

// After creating, the edit page is where priorities and criteria are added.
export const PlanCreate = () => (
  <Create mutationMode="pessimistic" redirect="edit">
    <SimpleForm defaultValues={defaults}>
      <PlanInputs isNew />
    </SimpleForm>
  </Create>
)
