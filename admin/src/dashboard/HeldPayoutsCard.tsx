import { List, ListItem, ListItemText, Typography } from '@mui/material'
import { Link, useLocaleState, useTranslate } from 'react-admin'
import { formatEuros } from '../common/money'
import { useWidget } from './api'

import { WidgetCard } from './WidgetCard'

/**
 * Scheduled transfers a batch leaves out until someone acts: no known account, or a bank change
 * waiting for a second person's approval. The earliest few link to their payout.
 */
export const HeldPayoutsCard = () => {
  const translate = useTranslate()
  const [locale] = useLocaleState()
  const query = useWidget('held-payouts')
  const euros = (cents: number) => formatEuros(cents, locale)
  return (
    <WidgetCard title="dashboard.held.title" query={query} testId="held-payouts">
      {(held) =>
        held.count === 0 ? (
          <Typography variant="body2" color="text.secondary">
            {translate('dashboard.held.none')}
          </Typography>
        ) : (
          <>
            <Typography variant="h5" component="p" sx={{ fontWeight: 700 }}>
              {translate('dashboard.held.total', {
                smart_count: held.count,
                total: euros(held.totalCents),
              })}
            </Typography>
            {(['noAccount', 'pendingChange'] as const).map((reason) => (
              <Typography key={reason} variant="body2" color="text.secondary">
                {translate(`dashboard.held.${reason}`, {
                  smart_count: held.byReason[reason].count,
                  total: euros(held.byReason[reason].totalCents),
                })}
              </Typography>
            ))}
            <List dense disablePadding>
              {held.first.map((p) => (
                <ListItem key={p.id} disableGutters>
                  <ListItemText
                    primary={
                      <Link to={`/payouts/${p.id}/show`}>
                        {p.reference} · {p.title}
                      </Link>
                    }
                    secondary={translate(`dashboard.held.reason.${p.reason}`, {
                      amount: euros(p.amountCents),
                    })}
                  />
                </ListItem>
              ))}
            </List>
            {held.byReason.pendingChange.count > 0 && (
              <Link to="/bank-changes">{translate('dashboard.held.toBankChanges')}</Link>
            )}
          </>
        )
      }
    </WidgetCard>
  )
}
