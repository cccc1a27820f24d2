import ArrowBackIcon from '@mui/icons-material/ArrowBack'
import { Alert, Box, Card, Stack, Typography } from '@mui/material'
import { useQuery } from '@tanstack/react-query'
import {
  Button,
  LinkBase,
  CanAccess,
  Loading,
  Title,
  useDataProvider,
  useLocaleState,
  useParams,
  useTranslate,
} from 'react-admin'
import type { AppDataProvider } from '../dataProvider'
import { formatShare } from '../networks/residentShare'
import { BudgetBar } from './BudgetBar'
import { RankingTable } from './RankingTable'

/**
 * What a coordinator decides from: the plan's budget, whether its network may decide, and its
 * submitted applications ranked by score, each with its review progress and its decision.
 */
export const PlanRanking = () => {
  const { id } = useParams<{ id: string }>()
  const translate = useTranslate()
  const [locale] = useLocaleState()
  const dataProvider = useDataProvider<AppDataProvider>()
  // Under `plans`, so that refreshing after a decision (which invalidates everything) reloads it.
  const { data: ranking, error } = useQuery({
    queryKey: ['plans', 'ranking', id],
    queryFn: () => dataProvider.planRanking(id ?? ''),
  })
  if (error) return <Alert severity="error">{error.message}</Alert>
  if (!ranking) return <Loading />
  const { plan, network, applications } = ranking
  return (
    <CanAccess resource="plans" action="ranking">
      <Title title={translate('app.ranking.title', { plan: plan.title })} />
      <Stack direction="row" sx={{ mt: 2, mb: 1 }}>
        <Button component={LinkBase} to={`/plans/${plan.id}/show`} label="app.ranking.backToPlan">
          <ArrowBackIcon />
        </Button>
      </Stack>
      <Card sx={{ p: 2, mb: 2 }}>
        <Typography variant="h5" component="h1" sx={{ mb: 2 }}>
          {translate('app.ranking.title', { plan: plan.title })}
        </Typography>
        {!network.mayDecide && (
          <Alert severity="warning" sx={{ mb: 2 }} data-testid="network-may-not-decide">
            {network.residentShare === null
              ? translate('app.network.noMembers')
              : translate('app.network.mayNotDecide', {
                  share: formatShare(network.residentShare, locale),
                })}
          </Alert>
        )}
        <BudgetBar plan={plan} />
        <Typography variant="body2" color="text.secondary" sx={{ mt: 2 }}>
          {translate('app.ranking.explanation', { minScore: plan.minScore })}
        </Typography>
      </Card>
      <Card>
        {applications.length === 0 ? (
          <Box sx={{ p: 2 }}>
            <Typography variant="body2" color="text.secondary">
              {translate('app.ranking.empty')}
            </Typography>
          </Box>
        ) : (
          <RankingTable ranking={ranking} />
        )}
      </Card>
    </CanAccess>
  )
}
