/** The printed report, its options and the exports' newer words. */
import { defineArea } from './define'

export default defineArea({
  en: {
    reporting: {
      addsUp: 'Each column adds up: its sections make the subtotal, the subtotal and each markup make the total.',
      allScenarioCharts: 'Every scenario compared',
      note: 'Note:',
    },
  },
  zh: {
    reporting: {
      addsUp: '每一列都可加总：各部分之和为小计，小计加各项附加费用为总计。',
      allScenarioCharts: '所有方案对比',
      note: '备注：',
    },
  },
})
