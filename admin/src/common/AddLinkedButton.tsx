import { CreateButton, useRecordContext } from 'react-admin'

/** Opens a create form for a record of another resource, already linked to the record on show. */
export const AddLinkedButton = ({
  resource,
  link,
  label,
}: {
  resource: string
  link: 'networkId' | 'userId'
  label: string
}) => {
  const record = useRecordContext()
  if (!record) return null
  return (
    <CreateButton resource={resource} label={label} state={{ record: { [link]: record.id } }} />
  )
}
