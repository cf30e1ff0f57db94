/**
 * Numbers as producers type or paste them: `3,500`, `¥3,500`, `3,500 元`, `$3,500`, `3.5k`,
 * `3.5万`, `1.2亿`, full-width digits `３５００`. What could be read two ways is refused: `1,5`
 * (a decimal comma, or a thousands comma in the wrong place?), `1,0000` (Chinese four-digit
 * groups), a scale word with an exponent (`1e3k`).
 *
 * The value is computed from the decimal text, never by multiplying a float: `1.15万` is exactly
 * 11,500, not 11,499.999….
 */

/** What a currency mark says: a currency code, or only a symbol shared by several currencies. */
export type CurrencyMark = { code: string } | { symbol: string }

export type TypedNumber =
  | { ok: true, value: number, currency: CurrencyMark | null }
  /** `spaces`: a space between digits that is not a thousands group (`3 5`, `1.5 000`). */
  | { ok: false, why?: 'spaces' }

/** Marks written before the number, longest first. */
const PREFIXES: readonly [string, CurrencyMark][] = [
  ['CN¥', { code: 'CNY' }], ['RMB', { code: 'CNY' }], ['CNY', { code: 'CNY' }],
  ['US$', { code: 'USD' }], ['USD', { code: 'USD' }], ['HK$', { code: 'HKD' }], ['NT$', { code: 'TWD' }],
  ['JPY', { code: 'JPY' }], ['EUR', { code: 'EUR' }], ['GBP', { code: 'GBP' }],
  ['¥', { symbol: '¥' }], ['$', { symbol: '$' }], ['€', { code: 'EUR' }], ['£', { code: 'GBP' }],
]
/** Marks written after the number, longest first. */
const SUFFIXES: readonly [string, CurrencyMark][] = [
  ['人民币', { code: 'CNY' }], ['块钱', { code: 'CNY' }], ['美元', { code: 'USD' }], ['日元', { code: 'JPY' }],
  ['RMB', { code: 'CNY' }], ['CNY', { code: 'CNY' }], ['USD', { code: 'USD' }], ['JPY', { code: 'JPY' }],
  ['EUR', { code: 'EUR' }], ['GBP', { code: 'GBP' }], ['HKD', { code: 'HKD' }],
  ['元', { code: 'CNY' }], ['块', { code: 'CNY' }], ['円', { code: 'JPY' }], ['€', { code: 'EUR' }],
]
/** Scale words and their power of ten, longest first: 千万 before 万. */
const SCALES: readonly [string, number][] = [
  ['千万', 7], ['百万', 6], ['亿', 8], ['万', 4], ['千', 3],
  ['k', 3], ['K', 3], ['M', 6], ['m', 6], ['w', 4], ['W', 4],
]

/** Spaces with something other than a digit, point or comma on either side. */
const SPACE_APART = /(?<![\d.,])\s+|\s+(?![\d.,])/g
/** Digits (points, commas) with spaces between them. */
const SPACED = /[\d.,]+(?:\s+[\d.,]+)+/g
/** Digits grouped by single spaces: 1 to 3 digits, then groups of exactly 3, then any decimals. */
const GROUPED = /^\d{1,3}(?: \d{3})+(?:\.\d*)?$/

function stripPrefix<T>(s: string, list: readonly [string, T][], upper = false): [string, T | null] {
  const probe = upper ? s.toUpperCase() : s
  for (const [mark, what] of list) if (probe.startsWith(mark)) return [s.slice(mark.length), what]
  return [s, null]
}
function stripSuffix<T>(s: string, list: readonly [string, T][], upper = false): [string, T | null] {
  const probe = upper ? s.toUpperCase() : s
  for (const [mark, what] of list) if (probe.endsWith(mark)) return [s.slice(0, s.length - mark.length), what]
  return [s, null]
}

/** Reads a typed number; see the module comment for what is accepted. */
export function readTypedNumber(text: string): TypedNumber {
  // NFKC turns full-width digits, signs, commas, points, ¥ and $ into their ASCII forms.
  let s = text.normalize('NFKC').replace(/[−–]/g, '-')
  // A space between digits groups thousands, and only that: 1 234 567.89. Any other space
  // (beside a sign, a currency mark or a scale word) means nothing.
  s = s.replace(SPACE_APART, '')
  const spaced = s.match(SPACED)
  if (spaced) {
    if (!spaced.every(run => GROUPED.test(run))) return { ok: false, why: 'spaces' }
    s = s.replace(/\s/g, '')
  }
  if (s === '') return { ok: false }
  let sign = ''
  const takeSign = () => {
    if (sign === '' && (s.startsWith('-') || s.startsWith('+'))) {
      sign = s[0]!
      s = s.slice(1)
    }
  }
  takeSign()
  const [rest, before] = stripPrefix(s, PREFIXES, true)
  s = rest
  takeSign()
  const [number, after] = stripSuffix(s, SUFFIXES, true)
  if (before && after && !sameMark(before, after)) return { ok: false }
  const [digits, scale] = stripSuffix(number, SCALES)
  let body = digits
  if (body.includes(',')) {
    // Commas group thousands, and only that: 1,234,567.89
    if (!/^\d{1,3}(,\d{3})+(\.\d*)?$/.test(body)) return { ok: false }
    body = body.replace(/,/g, '')
  }
  const m = /^(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i.exec(body)
  if (!m || (scale !== null && m[2] !== undefined)) return { ok: false }
  const exp = (m[2] ? Number(m[2].slice(1)) : 0) + (scale ?? 0)
  const value = Number(`${sign === '-' ? '-' : ''}${m[1]}e${exp}`)
  // Past the largest double the value is Infinity: still a number, which the field bounds refuse.
  if (Number.isNaN(value)) return { ok: false }
  return { ok: true, value: value === 0 ? 0 : value, currency: before ?? after }
}

/** True when two marks can name one currency: ¥ and 元 can, $ and 元 cannot. */
function sameMark(a: CurrencyMark, b: CurrencyMark): boolean {
  if ('code' in a) return markFits(b, a.code)
  if ('code' in b) return markFits(a, b.code)
  return a.symbol === b.symbol
}

const narrow = new Map<string, string>()
/** The currency's narrow symbol: ¥ for CNY and JPY, $ for USD, HKD and TWD. */
function narrowSymbol(code: string): string {
  let s = narrow.get(code)
  if (s === undefined) {
    try {
      s = new Intl.NumberFormat('en', { style: 'currency', currency: code, currencyDisplay: 'narrowSymbol' })
        .formatToParts(1).find(p => p.type === 'currency')?.value ?? code
    }
    catch {
      s = code
    }
    narrow.set(code, s)
  }
  return s
}

/** True when a mark typed beside a number can mean `currency` (¥ can mean CNY or JPY). */
export function markFits(mark: CurrencyMark, currency: string): boolean {
  return 'code' in mark ? mark.code === currency : narrowSymbol(currency) === mark.symbol
}

/** How a mark reads in a message: the code, or the symbol. */
export function markText(mark: CurrencyMark): string {
  return 'code' in mark ? mark.code : mark.symbol
}
