import { DataTable, SelectField } from 'react-admin'
import { LocalDateField } from '../common/LocalDateField'
import { attachmentKindChoices } from '../common/choices'
import { DownloadField } from './DownloadField'
import { FileSizeField } from './FileSizeField'

/** An application's files, each downloadable, with its kind, size and date. */
export const AttachmentTable = () => (
  <DataTable bulkActionButtons={false} rowClick={false}>
    <DataTable.Col source="filename" disableSort>
      <DownloadField />
    </DataTable.Col>
    <DataTable.Col source="kind" disableSort>
      <SelectField source="kind" choices={attachmentKindChoices} />
    </DataTable.Col>
    <DataTable.Col source="sizeBytes" align="right" disableSort>
      <FileSizeField source="sizeBytes" />
    </DataTable.Col>
    <DataTable.Col source="createdAt" disableSort>
      <LocalDateField source="createdAt" showTime />
    </DataTable.Col>
  </DataTable>
)
