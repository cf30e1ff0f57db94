import { describe, expect, it } from 'vitest'
import { formatCompactMoney, formatMoney, formatPercent, formatSignedAmount, parseTypedNumber } from '@/app/format'
import { checkNumber } from '@/app/rules'
import { localised, setText } from '@/app/labels'

describe('typed numbers', () => {
  it.each([
    ['3000', 3000], ['3,000', 3000], ['1,234,567.5', 1234567.5], [' 12 ', 12], ['1e3', 1000],
    ['-2.5', -2.5], ['−2.5', -2.5], ['.5', 0.5], ['３', 3], ['0.1', 0.1], ['１２', 12],
  ])('"%s" → %s', (text, expected) => {
    expect(parseTypedNumber(text)).toBe(expected)
  })

  it.each(['', 'abc', '1,5', '12,34', '1..2', '1e', '--1', 'Infinity', 'NaN'])('"%s" is not a number', (text) => {
    expect(parseTypedNumber(text)).toBeNull()
  })

  it('checks each field rule with a message key', () => {
    expect(checkNumber('', 'nonNeg')).toEqual({ ok: false, error: 'errors.required' })
    expect(checkNumber('x', 'nonNeg')).toEqual({ ok: false, error: 'errors.number' })
    expect(checkNumber('-1', 'nonNeg')).toEqual({ ok: false, error: 'errors.nonNeg' })
    expect(checkNumber('1.5', 'whole')).toEqual({ ok: false, error: 'errors.whole' })
    expect(checkNumber('-3', 'integer')).toEqual({ ok: true, value: -3 })
    expect(checkNumber('100.1', 'percent')).toEqual({ ok: false, error: 'errors.percent' })
    expect(checkNumber('33.3', 'percent')).toEqual({ ok: true, value: 33.3 })
  })
})

describe('money on screen', () => {
  it('uses the currency symbol and minor digits of the project, per language', () => {
    expect(formatMoney(4_529_000, 'CNY', 2, 'zh-CN')).toBe('¥45,290.00')
    expect(formatMoney(4_529_000, 'CNY', 2, 'en')).toBe('CN¥45,290.00')
    expect(formatMoney(4529, 'JPY', 0, 'en')).toBe('¥4,529')
    expect(formatSignedAmount(-123_456, 2, 'en')).toBe('−1,234.56')
  })

  it('reads large amounts in 万 in Chinese and K/M in English on chart axes', () => {
    expect(formatCompactMoney(45_200_000, 'CNY', 2, 'zh-CN')).toBe('¥45.2万')
    expect(formatCompactMoney(45_200_000, 'CNY', 2, 'en')).toBe('CN¥452K')
  })

  it('shows percentages with one decimal and a sign when asked', () => {
    expect(formatPercent(-19.68, 'en', true)).toBe('−19.7%')
    expect(formatPercent(5, 'en', true)).toBe('+5.0%')
  })
})

describe('translated names', () => {
  it('shows a preset translation until the user writes their own text', () => {
    const line: Record<string, unknown> = { name: 'Director', unit: 'day', l10n: { 'zh-CN': { name: '导演', unit: '天' } } }
    expect(localised(line, 'name', 'zh-CN')).toBe('导演')
    expect(localised(line, 'name', 'en')).toBe('Director')
    setText(line, 'name', '总导演')
    expect(localised(line, 'name', 'en')).toBe('总导演')
    expect(localised(line, 'unit', 'zh-CN')).toBe('天')
    setText(line, 'unit', 'day')
    expect('l10n' in line).toBe(false)
  })
})

describe('webUrl', () => {
  it('keeps http(s) addresses and refuses every other scheme', async () => {
    const { webUrl } = await import('@/app/format')
    expect(webUrl('https://www.nrta.gov.cn/art/2024/5/21/art_113_1.html')).toBe('https://www.nrta.gov.cn/art/2024/5/21/art_113_1.html')
    expect(webUrl('http://example.com')).toBe('http://example.com/')
    for (const bad of ['javascript:alert(1)', 'JAVASCRIPT:alert(1)', ' javascript:alert(1)', 'data:text/html,<script>1</script>', 'vbscript:x', 'file:///etc/passwd', 'not a url', '', undefined])
      expect(webUrl(bad), String(bad)).toBeUndefined()
  })
})
