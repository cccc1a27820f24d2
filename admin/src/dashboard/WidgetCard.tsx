import { Alert, Card, CardContent, LinearProgress, Stack, Typography } from '@mui/material'
import type { UseQueryResult } from '@tanstack/react-query'
import type { ReactNode } from 'react'
import { useTranslate } from 'react-admin'

/**
 * A titled dashboard card around one widget's figures: a progress bar while they load, the API's
 * message if they cannot, and the widget once they are there.
 */
export function WidgetCard<T>({
  title,
  query,
  actions,
  testId,
  children,
}: {
  title: string
  query: UseQueryResult<T>
  actions?: ReactNode
  testId: string
  children: (data: T) => ReactNode
}) {
  const translate = useTranslate()
  return (
    <Card component="section" data-testid={testId} sx={{ height: '100%' }}>
      <CardContent>
        <Stack
          direction="row"
          sx={{ alignItems: 'center', justifyContent: 'space-between', mb: 1, gap: 1 }}
        >
          <Typography variant="h6" component="h2">
            {translate(title)}
          </Typography>
          {actions}
        </Stack>
        {query.error ? (
          <Alert severity="error">{query.error.message}</Alert>
        ) : query.data === undefined ? (
          <LinearProgress aria-label={translate('dashboard.loading')} />
        ) : (
          children(query.data)
        )}
      </CardContent>
    </Card>
  )
}
