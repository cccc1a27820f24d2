import LayersIcon from '@mui/icons-material/Layers'
import type { PayoutBatch } from '../types'
import { lazyView } from '../common/lazyView'
import { PayoutBatchList } from './PayoutBatchList'

// Gathered through the "new batch" dialog and changed only by its own actions, never edited.
export default {
  name: 'payout-batches',
  icon: LayersIcon,
  list: PayoutBatchList,
  show: lazyView(() => import('./PayoutBatchShow'), 'PayoutBatchShow'),
  recordRepresentation: (batch: PayoutBatch) => `#${batch.id} (${batch.executionDate})`,
}
