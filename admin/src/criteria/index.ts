import RuleIcon from '@mui/icons-material/Rule'
import { lazyView } from '../common/lazyView'
import { CriterionList } from './CriterionList'

export default {
  name: 'criteria',
  icon: RuleIcon,
  list: CriterionList,
  show: lazyView(() => import('./CriterionShow'), 'CriterionShow'),
  edit: lazyView(() => import('./CriterionEdit'), 'CriterionEdit'),
  create: lazyView(() => import('./CriterionCreate'), 'CriterionCreate'),
  recordRepresentation: 'title',
}
