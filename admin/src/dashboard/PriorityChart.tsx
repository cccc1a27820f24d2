import { Box, Typography, useTheme } from '@mui/material'
import { useLocaleState, useTranslate } from 'react-admin'
import {
  Bar,
  BarChart,
  CartesianGrid,
  LabelList,
  ResponsiveContainer,
  XAxis,
  YAxis,
} from 'recharts'
import { formatEuros } from '../common/money'
import type { PriorityFigures } from './api'
import { ChartTable } from './ChartTable'

/** Room per priority, so long titles and their bar stay readable. */
const ROW_HEIGHT = 56

/**
 * Where the plan's money went: the awarded amount per priority as bars, each priority named with
 * the number of applications that chose it, so the network sees whether money follows its plan.
 */
export const PriorityChart = ({ priorities }: { priorities: PriorityFigures[] }) => {
  const translate = useTranslate()
  const [locale] = useLocaleState()
  const theme = useTheme()
  const euros = (cents: number) => formatEuros(cents, locale)
  if (priorities.length === 0) {
    return (
      <Typography variant="body2" color="text.secondary">
        {translate('dashboard.priorities.none')}
      </Typography>
    )
  }
  const data = priorities.map((p) => ({
    ...p,
    label: translate('dashboard.priorities.tick', {
      title: p.title,
      smart_count: p.applicationCount,
    }),
  }))
  return (
    <Box data-testid="priority-chart">
      <Box aria-hidden sx={{ width: '100%', height: ROW_HEIGHT * data.length + 40 }}>
        <ResponsiveContainer>
          <BarChart
            data={data}
            layout="vertical"
            margin={{ left: 8, right: 96 }}
            accessibilityLayer={false}
          >
            <CartesianGrid horizontal={false} strokeDasharray="3 3" />
            <XAxis type="number" tickFormatter={(cents: number) => euros(cents)} />
            <YAxis type="category" dataKey="label" width={200} />
            <Bar dataKey="awardedCents" fill={theme.palette.primary.main} isAnimationActive={false}>
              <LabelList
                dataKey="awardedCents"
                position="right"
                formatter={(cents) => euros(Number(cents))}
                fill={theme.palette.text.primary}
              />
            </Bar>
          </BarChart>
        </ResponsiveContainer>
      </Box>
      <ChartTable
        caption={translate('dashboard.priorities.title')}
        headers={[
          translate('dashboard.priorities.priority'),
          translate('dashboard.priorities.applications'),
          translate('dashboard.priorities.awardedCount'),
          translate('dashboard.priorities.awarded'),
        ]}
        rows={priorities.map((p) => [
          p.title,
          p.applicationCount,
          p.awardedCount,
          euros(p.awardedCents),
        ])}
      />
      <Typography variant="caption" color="text.secondary" component="p">
        {translate('dashboard.priorities.explanation')}
      </Typography>
    </Box>
  )
}
