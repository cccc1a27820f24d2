import { Box, useTheme } from '@mui/material'
import { useTranslate } from 'react-admin'
import {
  Bar,
  BarChart,
  CartesianGrid,
  LabelList,
  ResponsiveContainer,
  XAxis,
  YAxis,
} from 'recharts'
import type { Pipeline, PipelineStatus } from './api'
import { ChartTable } from './ChartTable'

/** The statuses in the order an application passes them. */
const ORDER: PipelineStatus[] = [
  'submitted',
  'info_requested',
  'awarded',
  'reported',
  'settled',
  'rejected',
  'withdrawn',
]

/** How many of the plan's applications stand at each step, as bars with their counts. */
export const PipelineChart = ({ pipeline }: { pipeline: Pipeline }) => {
  const translate = useTranslate()
  const theme = useTheme()
  const data = ORDER.map((status) => ({
    label: translate(`resources.applications.status.${status}`),
    count: pipeline.counts[status],
  }))
  return (
    <Box data-testid="pipeline-chart">
      <Box aria-hidden sx={{ width: '100%', height: 320 }}>
        <ResponsiveContainer>
          <BarChart
            data={data}
            margin={{ top: 24, left: 48, right: 16 }}
            accessibilityLayer={false}
          >
            <CartesianGrid vertical={false} strokeDasharray="3 3" />
            <XAxis dataKey="label" interval={0} angle={-30} textAnchor="end" height={90} />
            <YAxis allowDecimals={false} />
            <Bar dataKey="count" fill={theme.palette.secondary.main} isAnimationActive={false}>
              <LabelList dataKey="count" position="top" fill={theme.palette.text.primary} />
            </Bar>
          </BarChart>
        </ResponsiveContainer>
      </Box>
      <ChartTable
        caption={translate('dashboard.pipeline.title')}
        headers={[translate('dashboard.pipeline.status'), translate('dashboard.pipeline.count')]}
        rows={data.map((d) => [d.label, d.count])}
      />
    </Box>
  )
}
