/** The presets added since the first four: their names and one-line descriptions on the preset cards. */
import { defineArea } from './define'

export default defineArea({
  en: {
    presetsMore: {
      cnCustom: 'Chinese custom micro-drama',
      cnCustomDesc: '80 × 2 min, 10 shoot days, about ¥684k',
    },
  },
  zh: {
    presetsMore: {
      cnCustom: '定制微短剧（国内）',
      cnCustomDesc: '80集 × 2分钟，拍摄10天，约 68 万',
    },
  },
})
