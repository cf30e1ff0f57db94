/**
 * Field rules for numbers typed in the app, matching the file format's rules (MODEL.md §1).
 */
import { parseTypedNumber } from './format'

export type NumberRule = 'nonNeg' | 'positive' | 'whole' | 'integer' | 'percent'

/** The i18n key of what is wrong with `text` under `rule`, or the number it stands for. */
export function checkNumber(text: string, rule: NumberRule): { ok: true, value: number } | { ok: false, error: string } {
  if (text.trim() === '') return { ok: false, error: 'errors.required' }
  const n = parseTypedNumber(text)
  if (n === null) return { ok: false, error: 'errors.number' }
  switch (rule) {
    case 'nonNeg': return n >= 0 ? { ok: true, value: n } : { ok: false, error: 'errors.nonNeg' }
    case 'positive': return n > 0 ? { ok: true, value: n } : { ok: false, error: 'errors.positive' }
    case 'whole': return Number.isInteger(n) && n >= 0 ? { ok: true, value: n } : { ok: false, error: 'errors.whole' }
    case 'integer': return Number.isInteger(n) ? { ok: true, value: n } : { ok: false, error: 'errors.integer' }
    case 'percent': return n >= 0 && n <= 100 ? { ok: true, value: n } : { ok: false, error: 'errors.percent' }
  }
}
