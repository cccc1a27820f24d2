import { Box } from '@mui/material'

/** Hidden from sight but read by screen readers: the chart's figures as a table. */
const visuallyHidden = {
  border: 0,
  clip: 'rect(0 0 0 0)',
  height: '1px',
  margin: '-1px',
  overflow: 'hidden',
  padding: 0,
  position: 'absolute',
  whiteSpace: 'nowrap',
  width: '1px',
} as const

/**
 * The text alternative of a chart: the same figures as a table with a caption. The chart itself
 * is hidden from assistive technology, so the figures are read once, in order.
 */
export const ChartTable = ({
  caption,
  headers,
  rows,
}: {
  caption: string
  headers: string[]
  rows: (string | number)[][]
}) => (
  <Box component="table" sx={visuallyHidden}>
    <caption>{caption}</caption>
    <thead>
      <tr>
        {headers.map((header) => (
          <th key={header} scope="col">
            {header}
          </th>
        ))}
      </tr>
    </thead>
    <tbody>
      {rows.map(([first, ...rest], i) => (
        <tr key={i}>
          <th scope="row">{first}</th>
          {rest.map((cell, j) => (
            <td key={j}>{cell}</td>
          ))}
        </tr>
      ))}
    </tbody>
  </Box>
)
