/**
 * For optional text the API stores as '' (descriptions): react-admin turns a cleared input into
 * null, which the API refuses for these fields, so keep the empty string.
 */
export const keepEmptyText = (value: string | null) => value ?? ''

/** For inputs left empty meaning "keep as is" (a new password): send nothing. */
export const omitWhenEmpty = (value: string | null) => value || undefined
