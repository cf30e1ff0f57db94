/** One story of a lever's saving: the same words for gross, tools, markups and net everywhere. */
import { defineArea } from './define'

export default defineArea({
  en: {
    saving: {
      markupsChange: 'Markups on the change',
      gross: 'Gross saving',
      grossNote: 'its lines, before tools and markups',
      net: 'Net effect on the total',
      histogramPeaks: 'Several peaks: a phase lasts whole days, so each draw that saves one more day moves the total by that day’s cost of the lines that follow the phase.',
    },
  },
  zh: {
    saving: {
      markupsChange: '附加费用随之变化',
      gross: '毛节省',
      grossNote: '其明细，未计工具和附加费用',
      net: '对总计的净影响',
      histogramPeaks: '出现多个峰：阶段天数为整天，每多省一天，总计就减少随该阶段计费的明细一天的费用。',
    },
  },
})
