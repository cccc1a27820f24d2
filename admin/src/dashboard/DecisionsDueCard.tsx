import { List, ListItem, ListItemText, Stack, Typography } from '@mui/material'
import { Link, useLocaleState, useTranslate } from 'react-admin'
import { filteredList } from './links'
import { useWidget } from './api'
import { WidgetCard } from './WidgetCard'

const day = { timeZone: 'UTC', day: 'numeric', month: 'short' } as const
/** The most urgent first; the API reads such a page straight from the due dates' index. */
const mostUrgentFirst = { field: 'decisionDueOn', order: 'ASC' } as const

/**
 * Decisions overdue and due within 14 days in all the user's networks: the counts, each a link to
 * the applications list filtered on it, and the most urgent applications with links to them.
 */
export const DecisionsDueCard = () => {
  const translate = useTranslate()
  const [locale] = useLocaleState()
  const query = useWidget('decisions-due')
  const date = (iso: string) =>
    new Intl.DateTimeFormat(locale, day).format(new Date(`${iso}T00:00:00Z`))
  return (
    <WidgetCard title="dashboard.due.title" query={query} testId="decisions-due">
      {(due) => (
        <>
          <Stack direction="row" sx={{ gap: 4, mb: 1, flexWrap: 'wrap' }}>
            <Link
              to={filteredList('applications', { due: 'overdue' }, mostUrgentFirst)}
              data-testid="due-overdue"
              sx={{ color: due.overdue > 0 ? 'error.dark' : undefined }}
            >
              <Typography variant="h4" component="span" sx={{ fontWeight: 700 }}>
                {due.overdue}
              </Typography>{' '}
              {translate('dashboard.due.overdue', { smart_count: due.overdue })}
            </Link>
            <Link
              to={filteredList('applications', { due: 'soon' }, mostUrgentFirst)}
              data-testid="due-soon"
            >
              <Typography variant="h4" component="span" sx={{ fontWeight: 700 }}>
                {due.dueSoon}
              </Typography>{' '}
              {translate('dashboard.due.soon', { smart_count: due.dueSoon })}
            </Link>
          </Stack>
          {due.first.length === 0 ? (
            <Typography variant="body2" color="text.secondary">
              {translate('dashboard.due.none')}
            </Typography>
          ) : (
            <List dense disablePadding>
              {due.first.map((a) => (
                <ListItem key={a.id} disableGutters>
                  <ListItemText
                    primary={
                      <Link to={`/applications/${a.id}/show`}>
                        {a.reference} · {a.title}
                      </Link>
                    }
                    secondary={translate('dashboard.due.on', {
                      date: date(a.decisionDueOn),
                      status: translate(`app.ranking.due.${a.dueStatus}`),
                    })}
                    slotProps={{
                      secondary: {
                        color: a.dueStatus === 'overdue' ? 'error.dark' : 'text.secondary',
                      },
                    }}
                  />
                </ListItem>
              ))}
            </List>
          )}
        </>
      )}
    </WidgetCard>
  )
}
