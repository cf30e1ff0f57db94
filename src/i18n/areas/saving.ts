/** One story of a lever's saving: the same words for gross, tools, markups and net everywhere. */
import { defineArea } from './define'

export default defineArea({
  en: {
    saving: {
      markupsChange: 'Markups on the change',
    },
  },
  zh: {
    saving: {
      markupsChange: '附加费用随之变化',
    },
  },
})
