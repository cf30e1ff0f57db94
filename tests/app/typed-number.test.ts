// @vitest-environment jsdom
/**
 * Numbers as producers type them (src/app/typedNumber.ts, src/app/rules.ts): currency marks,
 * scale words, full-width digits, and plain-words messages for what is refused, in both languages.
 */
import { describe, expect, it } from 'vitest'
import { defineComponent, h } from 'vue'
import { mount } from '@vue/test-utils'
import { readTypedNumber } from '@/app/typedNumber'
import { checkNumber, largestAmount, lineFactorMax, MAX_COUNT, MAX_RATE } from '@/app/rules'
import NumberField from '@/components/common/NumberField.vue'
import { createAppI18n } from '@/i18n'
import type { AppLocale } from '@/i18n'
import { LAZY_MESSAGES } from '../support/i18n'

const value = (text: string) => {
  const r = readTypedNumber(text)
  return r.ok ? r.value : null
}

describe('typed numbers: what is accepted', () => {
  it.each([
    // plain, grouped, signed
    ['3500', 3500], ['3,500', 3500], ['1,234,567.25', 1234567.25], ['-2.5', -2.5], ['+7', 7], ['.5', 0.5], ['3 500', 3500],
    // currency marks before or after, with or without a space
    ['¥3,500', 3500], ['￥3,500', 3500], ['$3,500', 3500], ['US$3,500', 3500], ['CN¥3,500', 3500], ['RMB 3,500', 3500],
    ['3,500 元', 3500], ['3500元', 3500], ['3,500块', 3500], ['3500 CNY', 3500], ['3500 usd', 3500], ['€12.50', 12.5],
    ['-¥3,500', -3500], ['¥-3,500', -3500],
    // scale words, computed from the decimal text (1.15万 is 11,500, not 11,499.999…)
    ['3.5k', 3500], ['3.5K', 3500], ['2M', 2_000_000], ['1.5m', 1_500_000], ['3w', 30_000],
    ['3.5万', 35_000], ['1.15万', 11_500], ['1.2亿', 120_000_000], ['5千', 5000], ['2百万', 2_000_000], ['1千万', 10_000_000],
    ['¥3.5万', 35_000], ['3.5万元', 35_000], ['$3.5k', 3500],
    // full-width digits, signs, commas and points, and the ideographic space
    ['３５００', 3500], ['３，５００．５', 3500.5], ['－２', -2], ['３　５００', 3500], ['１．２亿', 120_000_000],
    // exponents
    ['1e3', 1000], ['2.5E-1', 0.25],
  ])('"%s" → %s', (text, expected) => {
    expect(value(text)).toBe(expected)
  })

  it('says which currency a mark names, when it names one', () => {
    expect(readTypedNumber('¥3,500')).toEqual({ ok: true, value: 3500, currency: { symbol: '¥' } })
    expect(readTypedNumber('3,500 元')).toEqual({ ok: true, value: 3500, currency: { code: 'CNY' } })
    expect(readTypedNumber('3,500')).toEqual({ ok: true, value: 3500, currency: null })
  })
})

describe('typed numbers: what is refused as ambiguous or not a number', () => {
  it.each([
    '', 'abc', '1,5', '12,34', '1,0000', '1..2', '1e', '--1', 'Infinity', 'NaN', '¥', '元', 'k', '3.5kk',
    '1e3k', '3,5万', '$3,500 元', '3万5千', '1/2', '3。5', '(300)', '3,500.00.1',
  ])('"%s" is refused', (text) => {
    expect(readTypedNumber(text).ok).toBe(false)
  })
})

describe('field rules', () => {
  it('keeps the file format\'s rules', () => {
    expect(checkNumber('', 'nonNeg')).toEqual({ ok: false, error: 'errors.required' })
    expect(checkNumber('x', 'nonNeg')).toEqual({ ok: false, error: 'errors.number' })
    expect(checkNumber('-1', 'nonNeg')).toEqual({ ok: false, error: 'errors.nonNeg' })
    expect(checkNumber('1.5', 'whole')).toEqual({ ok: false, error: 'errors.whole' })
    expect(checkNumber('1.5k', 'whole')).toEqual({ ok: true, value: 1500 })
    expect(checkNumber('-3', 'integer')).toEqual({ ok: true, value: -3 })
    expect(checkNumber('100.1', 'percent')).toEqual({ ok: false, error: 'errors.percent' })
  })

  it('takes a currency mark only in a money field, and only the project\'s currency', () => {
    expect(checkNumber('¥3,500', 'nonNeg')).toEqual({ ok: false, error: 'errors.number' })
    expect(checkNumber('¥3,500', 'nonNeg', { currency: 'CNY' })).toEqual({ ok: true, value: 3500 })
    expect(checkNumber('¥3,500', 'nonNeg', { currency: 'JPY' })).toEqual({ ok: true, value: 3500 })
    expect(checkNumber('3,500 元', 'nonNeg', { currency: 'CNY' })).toEqual({ ok: true, value: 3500 })
    expect(checkNumber('$3,500', 'nonNeg', { currency: 'USD' })).toEqual({ ok: true, value: 3500 })
    expect(checkNumber('$3,500', 'nonNeg', { currency: 'CNY' }))
      .toEqual({ ok: false, error: 'grid.otherCurrency', params: { mark: '$', currency: 'CNY' } })
    expect(checkNumber('3,500 元', 'nonNeg', { currency: 'JPY' }))
      .toEqual({ ok: false, error: 'grid.otherCurrency', params: { mark: 'CNY', currency: 'JPY' } })
  })

  it('answers a huge number as too large, with the bound', () => {
    expect(checkNumber('1e300', 'nonNeg', { max: MAX_RATE })).toEqual({ ok: false, error: 'grid.tooLarge', params: { max: 1e12 } })
    expect(checkNumber('1e400', 'nonNeg')).toEqual({ ok: false, error: 'grid.tooLarge', params: { max: 1e12 } })
    expect(checkNumber('2e9', 'whole', { max: MAX_COUNT })).toEqual({ ok: false, error: 'grid.tooLarge', params: { max: 1e9 } })
    expect(checkNumber('-2e12', 'integer')).toEqual({ ok: false, error: 'grid.tooSmall', params: { min: -1e12 } })
    expect(checkNumber('1e12', 'nonNeg', { max: MAX_RATE })).toEqual({ ok: true, value: 1e12 })
  })

  it('bounds a line\'s factor so that its cost stays within what adds up exactly', () => {
    // (2^51 − 1) fen is 22,517,998,136,852.47 yuan: the largest whole yuan is 22,517,998,136,852
    expect(largestAmount(2)).toBe(22_517_998_136_852)
    // 30 days × 4 people with a 19 % fringe: at most 22,517,998,136,852 / (120 × 1.19) per day
    expect(lineFactorMax(120, 19, 2, MAX_RATE)).toBe(157_689_062_582)
    // 8 days × 2 people: 22,517,998,136,852 / 19.04 is more than the field's own bound
    expect(lineFactorMax(16, 19, 2, MAX_RATE)).toBe(MAX_RATE)
    // a line of one unit is bounded by the field alone; a line with a zero factor too
    expect(lineFactorMax(1, 0, 2, MAX_RATE)).toBe(MAX_RATE)
    expect(lineFactorMax(0, 0, 2, MAX_RATE)).toBe(MAX_RATE)
  })
})

describe('messages in both languages, as the field shows them while typing', () => {
  function field(locale: AppLocale, props: Record<string, unknown> = {}) {
    const Parent = defineComponent(() => () => h(NumberField, { value: 3000, label: 'Rate', ...props }))
    return mount(Parent, { global: { plugins: [createAppI18n(locale, LAZY_MESSAGES)] } })
  }
  async function messageFor(locale: AppLocale, text: string, props: Record<string, unknown> = {}) {
    const w = field(locale, props)
    await w.get('input').setValue(text)
    const alert = w.find('[role="alert"]')
    return alert.exists() ? alert.text() : ''
  }

  it.each([
    ['en', '1e300', { max: MAX_RATE }, 'Too large: at most 1,000,000,000,000'],
    ['zh-CN', '1e300', { max: MAX_RATE }, '数值过大：最多 1,000,000,000,000'],
    ['en', '$3,500', { currency: 'CNY' }, 'This project is in CNY: “$” is another currency'],
    ['zh-CN', '$3,500', { currency: 'CNY' }, '本项目以 CNY 计价：“$”是另一种货币'],
    ['en', '1,5', {}, 'Enter a number'],
    ['zh-CN', '1,5', {}, '请输入数字'],
    ['en', '¥3,500', { currency: 'CNY' }, ''],
    ['zh-CN', '3.5万', { currency: 'CNY' }, ''],
    ['en', '-2', {}, 'Must be 0 or more'],
    ['zh-CN', '-2', {}, '不能小于 0'],
  ] as const)('%s: "%s"', async (locale, text, props, expected) => {
    expect(await messageFor(locale, text, props)).toBe(expected)
  })
})

describe('a pasted column', () => {
  it('reads the first cell of each row, drops trailing empty rows, and names the first bad row', async () => {
    const { readPastedColumn } = await import('@/app/rules')
    expect(readPastedColumn('3,500', 'nonNeg')).toBeNull()
    expect(readPastedColumn('¥3,500\t x\r\n3.5万\n\n', 'nonNeg', { currency: 'CNY' })).toEqual({ ok: true, values: [3500, 35000] })
    const bad = readPastedColumn('1\n2\nabc\n-4', 'nonNeg')
    expect(bad).toMatchObject({ ok: false, row: 3, text: 'abc', check: { ok: false, error: 'errors.number' } })
  })
})
