/** China's review tier read as an AI-generated micro-drama (AI微短剧): the project setting and what it applies. */
import { defineArea } from './define'

export default defineArea({
  en: {
    reviewAi: {
      setting: 'AI-generated micro-drama (AI微短剧)',
      reading: { general: '', ai: '· AI micro-drama' },
      applies: {
        general: 'General thresholds apply (in force since {since}).',
        ai: 'AI micro-drama thresholds apply (reported in force from {since}).',
      },
      general: 'General thresholds, since {since}: {provincial} and {national}.',
    },
  },
  zh: {
    reviewAi: {
      setting: 'AI 生成的微短剧（AI微短剧）',
      reading: { general: '', ai: '· AI微短剧' },
      applies: {
        general: '适用一般标准（自 {since} 起施行）。',
        ai: '适用 AI 微短剧标准（据报道自 {since} 起施行）。',
      },
      general: '一般标准，自 {since} 起：{provincial} 与 {national}。',
    },
  },
})
