/** What applying a script says about the shoot plan it could not add (integ15). */
import { defineArea } from './define'

export default defineArea({
  en: {
    scriptPlan: {
      refused: 'No shoot plan was added: scenario {scenarios} sets the days of the shooting phase, which then follow the packed scenes. Remove that override (Scenarios), then apply the script again to pack its days. | No shoot plan was added: scenarios {scenarios} set the days of the shooting phase, which then follow the packed scenes. Remove those overrides (Scenarios), then apply the script again to pack its days.',
    },
  },
  zh: {
    scriptPlan: {
      refused: '未添加拍摄计划：方案{scenarios}设定了拍摄阶段的天数，而有拍摄计划时这些天数由排入的场次决定。请在“方案”中去掉该设定，再重新应用剧本以排出拍摄天数。',
    },
  },
})
