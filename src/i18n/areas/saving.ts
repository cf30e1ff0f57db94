/** One story of a lever's saving: the same words for gross, tools, markups and net everywhere. */
import { defineArea } from './define'

export default defineArea({
  en: {
    saving: {
      markupsChange: 'Markups on the change',
      gross: 'Gross saving',
      grossNote: 'its lines, before tools and markups',
      net: 'Net effect on the total',
    },
  },
  zh: {
    saving: {
      markupsChange: '附加费用随之变化',
      gross: '毛节省',
      grossNote: '其明细，未计工具和附加费用',
      net: '对总计的净影响',
    },
  },
})
