/** The printed report, its options and the exports' newer words. */
import { defineArea } from './define'

export default defineArea({
  en: {
    reporting: {
      addsUp: 'Each column adds up: its sections make the subtotal, the subtotal and each markup make the total.',
      allScenarioCharts: 'Every scenario compared',
      note: 'Note:',
      options: 'Report options',
      optionsItem: 'Report options…',
      scenarios: 'Scenarios compared and charted',
      orientation: 'Pages',
      orientations: { auto: 'Portrait, landscape past four scenarios', portrait: 'Portrait', landscape: 'Landscape' },
      willBeLandscape: '{n} scenario, on landscape pages. | {n} scenarios, on landscape pages.',
      willBePortrait: '{n} scenario, on portrait pages. | {n} scenarios, on portrait pages.',
      noneChosen: 'Choose at least one scenario.',
      keep: 'Keep for later',
      sheet: {
        note: 'Note',
        percent: '%',
        personDays: 'Person-days',
        personDaysTotal: 'Total person-days',
        reviewTier: 'Review tier (China)',
        tierPlatform: 'Platform',
        tierProvincial: 'Provincial bureau',
        tierNational: 'National (NRTA)',
      },
    },
  },
  zh: {
    reporting: {
      addsUp: '每一列都可加总：各部分之和为小计，小计加各项附加费用为合计。',
      allScenarioCharts: '所有方案对比',
      note: '备注：',
      options: '报告选项',
      optionsItem: '报告选项…',
      scenarios: '对比和绘图的方案',
      orientation: '页面',
      orientations: { auto: '纵向，超过四个方案时横向', portrait: '纵向', landscape: '横向' },
      willBeLandscape: '{n} 个方案，横向页面。',
      willBePortrait: '{n} 个方案，纵向页面。',
      noneChosen: '请至少选择一个方案。',
      keep: '保存，稍后打印',
      sheet: {
        note: '备注',
        percent: '%',
        personDays: '人天',
        personDaysTotal: '人天合计',
        reviewTier: '备案审核层级',
        tierPlatform: '平台审核',
        tierProvincial: '省级广电局',
        tierNational: '国家广电总局',
      },
    },
  },
})
