import LayersIcon from '@mui/icons-material/Layers'
import type { PayoutBatch } from '../types'
import { PayoutBatchList } from './PayoutBatchList'
import { PayoutBatchShow } from './PayoutBatchShow'

// Gathered through the "new batch" dialog and changed only by its own actions, never edited.
export default {
  name: 'payout-batches',
  icon: LayersIcon,
  list: PayoutBatchList,
  show: PayoutBatchShow,
  recordRepresentation: (batch: PayoutBatch) => `#${batch.id} (${batch.executionDate})`,
}
