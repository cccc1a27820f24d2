import { Box } from '@mui/material'
import { Children, type ReactNode, isValidElement } from 'react'
import { type FieldProps, Labeled } from 'react-admin'

/**
 * Fields side by side, each under its label, for records with many short values; a field with
 * `fullWidth` (long text, tables) takes a whole row. Children that are not elements (a `false`
 * for a field the reader may not see) leave no empty label behind.
 */
export const FieldGrid = ({ children }: { children: ReactNode }) => (
  <Box
    sx={{
      display: 'grid',
      gridTemplateColumns: { xs: '1fr', sm: 'repeat(2, 1fr)', md: 'repeat(4, 1fr)' },
      gap: 2,
    }}
  >
    {Children.map(children, (field) =>
      isValidElement<FieldProps>(field) ? (
        <Labeled
          className={field.props.source && `ra-field-${field.props.source}`}
          sx={field.props.fullWidth ? { gridColumn: '1 / -1' } : undefined}
        >
          {field}
        </Labeled>
      ) : null,
    )}
  </Box>
)
