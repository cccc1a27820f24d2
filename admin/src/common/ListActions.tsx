import { CreateButton, ExportButton, FilterButton, TopToolbar } from 'react-admin'

/** The API serves at most 500 rows per request, so an export asks for no more than that. */
const MAX_EXPORT_ROWS = 500

/** List toolbar: filters, create (hidden when the role may not), and export (optionally named). */
export const ListActions = ({ exportLabel }: { exportLabel?: string }) => (
  <TopToolbar>
    <FilterButton />
    <CreateButton />
    <ExportButton maxResults={MAX_EXPORT_ROWS} label={exportLabel} />
  </TopToolbar>
)
