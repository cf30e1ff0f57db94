/** Messages of the schedule's phase table and its predecessor picker, and of capped charts. */
import { defineArea } from './define'

export default defineArea({
  en: {
    plan: {
      waitsOn: 'Waits on',
      waitsOnOf: 'Phases {name} waits on',
      none: 'none',
      listSeparator: ', ',
      more: '+{n}',
      find: 'Find a phase',
      moreMatches: '{n} more match: type to narrow the list | {n} more match: type to narrow the list',
      noMatch: 'No phase matches “{q}”.',
      phasesCount: '{n} phase | {n} phases',
      ganttCapped: 'The chart shows the first {shown} of {n} phases by start; the table above lists them all.',
    },
  },
  zh: {
    plan: {
      waitsOn: '前置阶段',
      waitsOnOf: '{name}的前置阶段',
      none: '无',
      listSeparator: '、',
      more: '+{n}',
      find: '查找阶段',
      moreMatches: '另有 {n} 个匹配：继续输入以缩小范围',
      noMatch: '没有阶段匹配“{q}”。',
      phasesCount: '{n} 个阶段',
      ganttCapped: '图表按开始时间显示前 {shown} 个阶段（共 {n} 个）；上方表格列出全部阶段。',
    },
  },
})
