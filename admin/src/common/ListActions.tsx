import { CreateButton, ExportButton, FilterButton, TopToolbar } from 'react-admin'

/** The API serves at most 500 rows per request, so an export asks for no more than that. */
const MAX_EXPORT_ROWS = 500

/** List toolbar: filters, create (hidden when the role may not), and export. */
export const ListActions = () => (
  <TopToolbar>
    <FilterButton />
    <CreateButton />
    <ExportButton maxResults={MAX_EXPORT_ROWS} />
  </TopToolbar>
)
