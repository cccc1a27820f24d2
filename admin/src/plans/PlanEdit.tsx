import { DeleteButton, Edit, SaveButton, SimpleForm, Toolbar, useRecordContext } from 'react-admin'
import type { Plan } from '../types'
import { PlanInputs } from './PlanInputs'
import { PlanRulesEditor } from './PlanRulesEditor'
import { PlanStatusPanel } from './PlanStatusPanel'

/** Only a draft can be deleted (the API refuses the rest), so only a draft offers it. */
const FormToolbar = () => {
  const plan = useRecordContext<Plan>()
  return (
    <Toolbar sx={{ justifyContent: 'space-between' }}>
      <SaveButton />
      {plan?.status === 'draft' && <DeleteButton />}
    </Toolbar>
  )
}

// The status moves only through the status panel, never as a side effect of saving the form.
const withoutStatus = ({ status: _status, ...plan }: Plan) => plan

export const PlanEdit = () => (
  <Edit mutationMode="pessimistic" redirect={false} transform={withoutStatus}>
    <PlanStatusPanel />
    <SimpleForm resetOptions={{ keepDirtyValues: true }} toolbar={<FormToolbar />}>
      <PlanInputs isNew={false} />
    </SimpleForm>
    <PlanRulesEditor />
  </Edit>
)
