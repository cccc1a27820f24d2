import { Box, Typography } from '@mui/material'

/** A labelled amount or count, large enough to read across the room. */
export const Figure = ({
  label,
  value,
  emphasis = false,
  testId,
}: {
  label: string
  value: string
  emphasis?: boolean
  testId?: string
}) => (
  <Box>
    <Typography variant="body2" color="text.secondary">
      {label}
    </Typography>
    <Typography
      variant={emphasis ? 'h3' : 'h4'}
      component="p"
      data-testid={testId}
      sx={{ fontWeight: emphasis ? 700 : 500, color: emphasis ? 'primary.dark' : undefined }}
    >
      {value}
    </Typography>
  </Box>
)
