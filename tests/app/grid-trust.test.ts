// @vitest-environment jsdom
/**
 * Small things that decide whether a producer trusts the numbers (issue 14): spaces in typed
 * numbers group thousands only, a tiny change is never "−0.0%", a new line gets the unit in the
 * language shown and the next account code of its section, and a line's note is checked.
 */
import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { readTypedNumber } from '@/app/typedNumber'
import { checkNumber } from '@/app/rules'
import { formatPercent } from '@/app/format'
import { checkEdit } from '@/engine/validateEdit'
import { parseProject } from '@/engine/validate'
import type { Project } from '@/engine/types'
import * as edits from '@/stores/edits'
import { createAppI18n } from '@/i18n'
import cnMicro from '../../presets/cn-micro-drama.json'
import { LAZY_MESSAGES } from '../support/i18n'

const value = (text: string) => {
  const r = readTypedNumber(text)
  return r.ok ? r.value : null
}

describe('a space in a typed number', () => {
  it.each([
    ['1 234 567', 1_234_567], ['1 234 567.25', 1_234_567.25], ['3 500', 3500], ['¥ 3 500', 3500], ['3 500 元', 3500],
    ['- 5', -5], ['3.5 万', 35_000], ['１　２３４', 1234], ['12\u00a0345', 12_345], ['12\u202f345', 12_345],
  ])('groups digits in threes: "%s" → %s', (text, expected) => {
    expect(value(text)).toBe(expected)
  })

  it.each(['3 5', '1.5 000', '12 34 567', '1 2345', '1 234 5', '1,234 567', '1 234,567', '0. 5'])('anything else is refused in words: "%s"', (text) => {
    expect(readTypedNumber(text)).toEqual({ ok: false, why: 'spaces' })
    const check = checkNumber(text, 'nonNeg')
    expect(check).toEqual({ ok: false, error: 'gridTrust.spaces' })
    const { global: { t } } = createAppI18n('en', LAZY_MESSAGES)
    expect(t('gridTrust.spaces')).toBe('A space may only group digits in threes, as in 1 234 567')
    expect(createAppI18n('zh-CN', LAZY_MESSAGES).global.t('gridTrust.spaces')).toBe('数字中的空格只能按三位分组，例如 1 234 567')
  })

  it('a number written with spaces every three digits reads as the number itself', () => {
    fc.assert(fc.property(fc.integer({ min: 0, max: 1e12 }), (n) => {
      const grouped = n.toString().replace(/\B(?=(\d{3})+(?!\d))/g, ' ')
      expect(value(grouped)).toBe(n)
    }))
  })
})

describe('a small percentage', () => {
  it('is never shown as −0.0%', () => {
    // −¥214.58 against ¥2,913,000 is −0.0074%; against ¥9,130,000, −0.0024%
    expect(formatPercent((-214.58 / 2_913_000) * 100, 'en', true)).toBe('−0.01%')
    expect(formatPercent((-214.58 / 9_130_000) * 100, 'en', true)).toBe('−<0.01%')
    expect(formatPercent(-0.0366, 'en', true)).toBe('−0.04%')
    expect(formatPercent(0.02, 'zh-CN', true)).toBe('+0.02%')
    expect(formatPercent(0.003, 'en')).toBe('<0.01%')
    expect(formatPercent(0, 'en', true)).toBe('0.0%')
    expect(formatPercent(-19.68, 'en', true)).toBe('−19.7%')
    expect(formatPercent(0.05, 'en', true)).toBe('+0.1%')
  })

  it('a change that is not zero never reads as zero', () => {
    fc.assert(fc.property(fc.double({ min: -1, max: 1, noNaN: true }).filter(x => x !== 0), (x) => {
      expect(formatPercent(x, 'en', true)).not.toMatch(/^[−+]?0\.0+%$/)
    }))
  })
})

describe('a new line', () => {
  const preset = () => structuredClone(cnMicro) as unknown as Project

  it('gets the unit in the language shown and the next code of its section', () => {
    const p = preset()
    // Cast: 03.01, 03.02, 03.04 … 03.07: the next is 03.08
    const added = edits.addLine(p, 'cast', '新明细', undefined, '天')
    const line = added.project.lines.find(l => l.id === added.id)!
    expect(line).toMatchObject({ section: 'cast', code: '03.08', name: '新明细', unit: '天' })
    expect(parseProject(added.project).ok).toBe(true)
    // Added after the first cast line, still the next code of the section, not a copy of 03.02
    const again = edits.addLine(added.project, 'cast', 'New line', 'lead-female', 'day')
    expect(again.project.lines.find(l => l.id === again.id)!.code).toBe('03.09')
    expect(createAppI18n('zh-CN', LAZY_MESSAGES).global.t('gridTrust.dayUnit')).toBe('天')
  })

  it('codes: as wide as the last, under the section\'s code when its lines have none, none without codes', () => {
    const p: Project = {
      ...preset(),
      sections: [{ id: 'a', name: 'A', code: '2000' }, { id: 'b', name: 'B', code: '04' }, { id: 'c', name: 'C' }, { id: 'd', name: 'D' }],
      lines: [
        { id: 'x', section: 'd', name: 'x', code: '04.09', kind: 'cost', qty: 1, unit: 'day', count: 1, rate: 0 },
        { id: 'y', section: 'd', name: 'y', code: 'A-7', kind: 'cost', qty: 1, unit: 'day', count: 1, rate: 0 },
      ],
      scenarios: [{ id: 'base', name: 'Base', adoption: {} }],
      levers: [],
    }
    expect(edits.nextLineCode(p, 'a')).toBe('2001')
    expect(edits.nextLineCode(p, 'b')).toBe('04.01')
    expect(edits.nextLineCode(p, 'c')).toBeUndefined()
    expect(edits.nextLineCode(p, 'd')).toBe('04.10')
    // A code already taken elsewhere is passed over
    const taken = { ...p, lines: [...p.lines, { ...p.lines[0]!, id: 'z', section: 'b', code: '04.01' }] }
    expect(edits.nextLineCode(taken, 'b')).toBe('04.02')
  })
})

describe('a line\'s note', () => {
  it('is free text of at most 2,000 characters', () => {
    const before = structuredClone(cnMicro) as unknown as Project
    const id = before.lines[0]!.id
    const ok = edits.updateLine(before, id, l => ({ ...l, note: 'x'.repeat(2000) }))
    expect(checkEdit(before, ok)).toEqual([])
    const long = edits.updateLine(before, id, l => ({ ...l, note: 'x'.repeat(2001) }))
    expect(checkEdit(before, long)).toEqual([{ path: 'lines[0].note', message: 'must be text of at most 2,000 characters' }])
    const notText = edits.updateLine(before, id, l => ({ ...l, note: 5 as unknown as string }))
    expect(checkEdit(before, notText)[0]!.path).toBe('lines[0].note')
  })
})
