import {
  EditButton,
  NumberField,
  ReferenceField,
  ReferenceManyField,
  Show,
  SimpleShowLayout,
  TextField,
  TopToolbar,
  useLocaleState,
  useRecordContext,
  useTranslate,
} from 'react-admin'
import { LocalDateField, calendarDay } from '../common/LocalDateField'
import { Typography } from '@mui/material'
import { EuroField } from '../common/EuroField'
import { Section } from '../common/Section'
import { formatEuros } from '../common/money'
import { CriterionTable } from '../criteria/CriterionTable'
import { PriorityTable } from '../priorities/PriorityTable'
import type { Plan } from '../types'
import { PlanStatusPanel } from './PlanStatusPanel'
import { RankingButton } from './RankingButton'
import { WeightTotalChip } from './WeightTotalChip'
import { HistorySection } from '../common/HistorySection'

const BudgetUse = (_props: { label: string }) => {
  const plan = useRecordContext<Plan>()
  const translate = useTranslate()
  const [locale] = useLocaleState()
  if (!plan) return null
  return (
    <Typography variant="body2">
      {translate('app.plan.budgetUse', {
        remaining: formatEuros(plan.budgetRemainingCents, locale),
        budget: formatEuros(plan.budgetCents, locale),
        awarded: formatEuros(plan.awardedCents, locale),
      })}
    </Typography>
  )
}

const Actions = () => (
  <TopToolbar>
    <RankingButton />
    <EditButton />
  </TopToolbar>
)

export const PlanShow = () => (
  <Show actions={<Actions />}>
    <PlanStatusPanel />
    <SimpleShowLayout>
      <TextField source="title" />
      <ReferenceField source="networkId" reference="networks" />
      <NumberField source="year" options={{ useGrouping: false }} />
      <BudgetUse label="resources.plans.fields.budgetCents" />
      <EuroField source="maxGrantCents" />
      <LocalDateField source="opensOn" options={calendarDay} />
      <LocalDateField source="closesOn" options={calendarDay} />
      <NumberField source="minScore" />
    </SimpleShowLayout>
    <Section title="resources.plans.fields.priorities">
      <ReferenceManyField
        reference="priorities"
        target="planId"
        sort={{ field: 'position', order: 'ASC' }}
        perPage={100}
      >
        <PriorityTable />
      </ReferenceManyField>
    </Section>
    <Section title="resources.plans.fields.criteria" actions={<WeightTotalChip />}>
      <ReferenceManyField
        reference="criteria"
        target="planId"
        sort={{ field: 'position', order: 'ASC' }}
        perPage={100}
      >
        <CriterionTable />
      </ReferenceManyField>
    </Section>
    <HistorySection />
  </Show>
)
