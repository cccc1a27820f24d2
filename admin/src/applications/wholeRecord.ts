/**
 * The meta of a request for an application's whole record. A list row of applications holds only
 * the list's columns, and react-admin keeps every row it lists as that record's getOne answer:
 * asked with this meta, the whole record is cached apart from those rows.
 */
export const WHOLE_RECORD = { record: 'whole' } as const
