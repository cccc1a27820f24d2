import { Edit, ShowButton, SimpleForm, TopToolbar } from 'react-admin'
import type { Plan } from '../types'
import { PlanInputs } from './PlanInputs'
import { PlanRulesEditor } from './PlanRulesEditor'
import { PlanStatusPanel } from './PlanStatusPanel'

const Actions = () => (
  <TopToolbar>
    <ShowButton />
  </TopToolbar>
)

// The status moves only through the status panel, never as a side effect of saving the form.
const withoutStatus = ({ status: _status, ...plan }: Plan) => plan

export const PlanEdit = () => (
  <Edit mutationMode="pessimistic" redirect={false} actions={<Actions />} transform={withoutStatus}>
    <PlanStatusPanel />
    <SimpleForm resetOptions={{ keepDirtyValues: true }}>
      <PlanInputs isNew={false} />
    </SimpleForm>
    <PlanRulesEditor />
  </Edit>
)
