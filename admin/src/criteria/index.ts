import RuleIcon from '@mui/icons-material/Rule'
import { CriterionCreate } from './CriterionCreate'
import { CriterionEdit } from './CriterionEdit'
import { CriterionList } from './CriterionList'
import { CriterionShow } from './CriterionShow'

export default {
  name: 'criteria',
  icon: RuleIcon,
  list: CriterionList,
  show: CriterionShow,
  edit: CriterionEdit,
  create: CriterionCreate,
  recordRepresentation: 'title',
}
