/** The breakdown sheet's words in the language shown, for its exports and the printed report. */
import type { BreakdownTexts } from '@/export/breakdown'

export function breakdownTexts(t: (key: string) => string, locale: string): BreakdownTexts {
  const k = (key: string) => t(`breakdown.export.${key}`)
  return {
    index: k('index'), episode: k('episode'), scene: k('scene'), time: k('time'), setting: k('setting'), location: k('location'),
    cast: k('cast'), minutes: k('minutes'), tags: k('tags'), sheet: k('sheet'), separator: locale.startsWith('zh') ? '、' : ', ',
    times: { day: t('breakdown.time.day'), night: t('breakdown.time.night'), dawn: t('breakdown.time.dawn'), dusk: t('breakdown.time.dusk') },
    settings: { 'int': t('breakdown.setting.int'), 'ext': t('breakdown.setting.ext'), 'int-ext': t('breakdown.setting.int-ext') },
  }
}
