/**
 * The words a scene heading is made of, in Chinese and English: times of day, interior and
 * exterior, and Chinese numerals. Lines are NFKC-normalised before they are read, so full-width
 * digits, colons, commas and brackets arrive as their ASCII forms.
 */
import type { SceneSetting, SceneTime } from '../engine/types'

/** Chinese times (MODEL.md §6, issue 15), plus a few unambiguous extras (上午, 中午, 白日, 日景, 晚上, 夜晚, 午夜, 夜景). */
export const ZH_TIME: ReadonlyMap<string, SceneTime> = new Map([
  ...['日', '白天', '早', '午', '下午', '上午', '中午', '白日', '日景'].map(w => [w, 'day'] as const),
  ...['夜', '晚', '雨夜', '雪夜', '深夜', '晚上', '夜晚', '午夜', '夜景'].map(w => [w, 'night'] as const),
  ...['晨', '清晨', '黎明'].map(w => [w, 'dawn'] as const),
  ...['昏', '黄昏', '傍晚'].map(w => [w, 'dusk'] as const),
])

/** 内 / 外 and their longer forms; 内外 is both. */
export const ZH_SETTING: ReadonlyMap<string, SceneSetting> = new Map([
  ...['内', '内景', '室内'].map(w => [w, 'int'] as const),
  ...['外', '外景', '室外'].map(w => [w, 'ext'] as const),
  ...['内外', '内外景', '内/外', '内/外景'].map(w => [w, 'int-ext'] as const),
])

/** English times after " - " in a Fountain or Final Draft heading (upper-cased). */
export const EN_TIME: ReadonlyMap<string, SceneTime> = new Map([
  ...['DAY', 'MORNING', 'AFTERNOON', 'NOON', 'MIDDAY', 'LATE MORNING', 'LATE AFTERNOON'].map(w => [w, 'day'] as const),
  ...['NIGHT', 'MIDNIGHT', 'LATE NIGHT'].map(w => [w, 'night'] as const),
  ...['DAWN', 'SUNRISE', 'EARLY MORNING', 'FIRST LIGHT'].map(w => [w, 'dawn'] as const),
  ...['DUSK', 'SUNSET', 'EVENING', 'TWILIGHT', 'MAGIC HOUR'].map(w => [w, 'dusk'] as const),
])

/** Times that say "as the scene before": the previous scene's time is kept. */
export const EN_SAME_TIME = new Set(['CONTINUOUS', 'LATER', 'MOMENTS LATER', 'SAME', 'SAME TIME', 'CONT', 'CONT\'D'])

/** Two settings together make int-ext. */
export function joinSettings(a: SceneSetting | null, b: SceneSetting): SceneSetting {
  return a === null || a === b ? b : 'int-ext'
}

const DIGIT: Record<string, number> = { 零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 }
const UNIT: Record<string, number> = { 十: 10, 百: 100, 千: 1000 }

/** "12", "十二", "一百零五" → 12, 12, 105; NaN when it is not a number. */
export function readNumber(text: string): number {
  if (/^\d+$/.test(text)) return Number(text)
  if (!/^[零〇一二两三四五六七八九十百千]+$/.test(text)) return Number.NaN
  let total = 0
  let digit = -1
  for (const ch of text) {
    const unit = UNIT[ch]
    if (unit !== undefined) {
      total += (digit < 0 ? 1 : digit) * unit
      digit = -1
    }
    else {
      const d = DIGIT[ch]!
      // 一二三 written digit by digit (二〇二六) reads as a decimal number
      digit = digit > 0 && d >= 0 && !text.match(/[十百千]/) ? digit * 10 + d : d
    }
  }
  return total + Math.max(0, digit)
}

/** A number written in Chinese or Arabic digits, as a regex source. */
export const NUM = '(\\d+|[零〇一二两三四五六七八九十百千]+)'
