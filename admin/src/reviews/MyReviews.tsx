import { Typography } from '@mui/material'
import {
  DataTable,
  List,
  ReferenceField,
  SelectInput,
  TextField,
  useRecordContext,
  useTranslate,
} from 'react-admin'
import { LocalDateField, calendarDay } from '../common/LocalDateField'
import { Section } from '../common/Section'
import { dueChoices } from '../common/choices'
import type { Application, Review } from '../types'
import { ReviewStatusField } from './ReviewStatusField'
import { TotalField } from './TotalField'
import { scorePath } from './scorePath'

const queueFilters = [
  <SelectInput
    key="due"
    source="due"
    label="resources.reviews.queue.due"
    choices={dueChoices}
    alwaysOn
    sx={{ minWidth: 240 }}
  />,
]

/** A line of explanation, or what an empty list means. */
const Empty = ({ text }: { text: string }) => {
  const translate = useTranslate()
  return (
    <Typography variant="body2" color="text.secondary" sx={{ py: 1 }}>
      {translate(text)}
    </Typography>
  )
}

/** Whether the reader has started on this application: a draft, or nothing yet. */
const MyProgressField = (_props: { source?: string }) => {
  const application = useRecordContext<Application>()
  const translate = useTranslate()
  if (!application) return null
  return (
    <>
      {translate(
        application.myReviewStatus === 'draft'
          ? 'resources.reviews.status.draft'
          : 'resources.reviews.queue.notStarted',
      )}
    </>
  )
}

const day = { ...calendarDay, month: 'short' } as const

/** Applications of the reader's networks that still wait for their review, the most urgent first. */
const Queue = () => (
  <Section title="resources.reviews.queue.title">
    <Empty text="resources.reviews.queue.explanation" />
    <List
      resource="applications"
      title="resources.reviews.mine"
      filter={{ reviewQueue: true }}
      filters={queueFilters}
      sort={{ field: 'decisionDueOn', order: 'ASC' }}
      actions={false}
      disableSyncWithLocation
      storeKey="reviews.queue"
      empty={<Empty text="resources.reviews.queue.empty" />}
    >
      <DataTable
        rowClick={(id) => scorePath(id)}
        bulkActionButtons={false}
        data-testid="review-queue"
        empty={<Empty text="resources.reviews.queue.emptyFiltered" />}
      >
        <DataTable.Col source="reference" cellSx={() => ({ whiteSpace: 'nowrap' })} />
        <DataTable.Col source="title" />
        <DataTable.Col source="networkId" disableSort>
          <ReferenceField source="networkId" reference="networks" link={false} />
        </DataTable.Col>
        <DataTable.Col source="decisionDueOn">
          <LocalDateField source="decisionDueOn" options={day} emptyText="—" />
        </DataTable.Col>
        <DataTable.Col source="myReviewStatus" label="resources.reviews.queue.myStatus" disableSort>
          <MyProgressField />
        </DataTable.Col>
      </DataTable>
    </List>
  </Section>
)

/** The reader's own reviews, drafts and submitted; each opens its scoring page. */
const Mine = () => (
  <Section title="resources.reviews.mineSection.title">
    <List
      resource="reviews"
      title={false}
      filter={{ reviewerId: 'me' }}
      sort={{ field: 'updatedAt', order: 'DESC' }}
      actions={false}
      disableSyncWithLocation
      storeKey="reviews.mine"
      empty={<Empty text="resources.reviews.mineSection.empty" />}
    >
      <DataTable
        rowClick={(_id, _resource, review) => scorePath((review as Review).applicationId)}
        bulkActionButtons={false}
        data-testid="my-reviews"
      >
        <DataTable.Col source="applicationId" disableSort>
          <ReferenceField source="applicationId" reference="applications" link={false} />
        </DataTable.Col>
        <DataTable.Col source="title" label="resources.applications.fields.title" disableSort>
          <ReferenceField source="applicationId" reference="applications" link={false}>
            <TextField source="title" />
          </ReferenceField>
        </DataTable.Col>
        <DataTable.Col source="status" disableSort>
          <ReviewStatusField />
        </DataTable.Col>
        <DataTable.Col source="total">
          <TotalField />
        </DataTable.Col>
        <DataTable.Col source="updatedAt">
          <LocalDateField source="updatedAt" showTime />
        </DataTable.Col>
      </DataTable>
    </List>
  </Section>
)

/** "Mijn beoordelingen": what waits for the reviewer, and what they have done. */
export const MyReviews = () => (
  <>
    <Queue />
    <Mine />
  </>
)
