import { DataTable, ReferenceField, TextField } from 'react-admin'
import { ScoreLevelField } from './ScoreLevelField'

/** A review's scores (inside an `ArrayField` of `scores`): criterion, level and reason. */
export const ScoresTable = () => (
  <DataTable bulkActionButtons={false} rowClick={false}>
    <DataTable.Col source="criterionId" label="resources.reviews.score.criterion" disableSort>
      <ReferenceField source="criterionId" reference="criteria" link={false} />
    </DataTable.Col>
    <DataTable.Col source="score" label="resources.reviews.score.score" disableSort>
      <ScoreLevelField />
    </DataTable.Col>
    <DataTable.Col source="reason" label="resources.reviews.score.reason" disableSort>
      <TextField source="reason" sx={{ whiteSpace: 'pre-wrap' }} />
    </DataTable.Col>
  </DataTable>
)
