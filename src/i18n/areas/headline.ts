/** What a producer reads first: the headline total, with its scenario and the baseline at hand. */
import { defineArea } from './define'

export default defineArea({
  en: {
    headline: {
      totalOf: 'Total · {scenario}',
      baselineTotal: '{baseline}: {total}',
    },
  },
  zh: {
    headline: {
      totalOf: '总计 · {scenario}',
      baselineTotal: '{baseline}：{total}',
    },
  },
})
