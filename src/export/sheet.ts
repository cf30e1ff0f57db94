/**
 * Spreadsheet details that need no spreadsheet library: number formats, sheet names, cell
 * references and text that an XLSX file can hold.
 */
import { minorDigits } from '../engine/money'
import { neutralise } from './cells'

/**
 * The currency's symbol, as its users write it: `¥` for CNY and JPY, `$` for USD, `€`, `₩`;
 * `HK$`, `CHF` where a bare `$` or no symbol would be ambiguous.
 */
export function currencySymbol(currency: string): string {
  const symbol = (display: 'narrowSymbol' | 'symbol') =>
    new Intl.NumberFormat('en', { style: 'currency', currency, currencyDisplay: display })
      .formatToParts(0).find(p => p.type === 'currency')?.value ?? currency
  const narrow = symbol('narrowSymbol')
  return narrow === '$' && currency !== 'USD' ? symbol('symbol') : narrow
}

/**
 * An Excel number format for amounts in `currency`: its symbol and its minor digits, e.g.
 * `"¥"#,##0.00` (CNY), `$#,##0.00` (USD), `"¥"#,##0` (JPY), `"CHF "#,##0.00`.
 */
export function currencyFormat(currency: string, digits = minorDigits(currency)): string {
  const symbol = currencySymbol(currency)
  const number = digits > 0 ? `#,##0.${'0'.repeat(digits)}` : '#,##0'
  if (symbol === '$') return `$${number}`
  // Any other literal is quoted, as Excel's own formats do ("¥"#,##0); a symbol made of
  // letters (CHF) is set apart from the number by a space.
  const spaced = /\p{L}$/u.test(symbol) ? `${symbol} ` : symbol
  return `"${spaced.replace(/"/g, '')}"${number}`
}

const MAX_SHEET_NAME = 31

/** Cuts `s` to at most `max` UTF-16 units without splitting a surrogate pair. */
function cut(s: string, max: number): string {
  if (s.length <= max) return s
  const code = s.charCodeAt(max - 1)
  return s.slice(0, code >= 0xD800 && code <= 0xDBFF ? max - 1 : max)
}

/**
 * A valid sheet name made from `wanted`, different (ignoring case, as Excel does) from every
 * name in `taken`, which it is added to: at most 31 characters, none of `[]:*?/\` or control
 * characters, not starting or ending with `'`, not empty, not "History" (reserved by Excel).
 */
export function sheetName(wanted: string, taken: Set<string>, fallback = 'Sheet'): string {
  const clean = (s: string) => s
    .replace(/[[\]:*?/\\\p{Cc}]/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^'+|'+$/g, '')
    .trim()
  const base = clean(wanted) || clean(fallback) || 'Sheet'
  const free = (name: string) => !taken.has(name.toLowerCase()) && name.toLowerCase() !== 'history'
  let name = cut(base, MAX_SHEET_NAME).replace(/'+$/, '')
  for (let n = 2; !free(name); n++) {
    const suffix = ` (${n})`
    name = `${cut(base, MAX_SHEET_NAME - suffix.length).replace(/'+$/, '')}${suffix}`
  }
  taken.add(name.toLowerCase())
  return name
}

/** A reference to `cell` on sheet `sheet` for a formula: `'Detail AI'!K12`. */
export function sheetRef(sheet: string, cell: string): string {
  return `'${sheet.replace(/'/g, "''")}'!${cell}`
}

/** `SUM(…)` of cell references, nested past Excel's 255 arguments per function. */
export function sumOf(refs: readonly string[]): string {
  if (refs.length === 0) return 'SUM(0)'
  if (refs.length <= 255) return `SUM(${refs.join(',')})`
  const groups: string[] = []
  for (let i = 0; i < refs.length; i += 255) groups.push(sumOf(refs.slice(i, i + 255)))
  return sumOf(groups)
}

/** Characters an XLSX file (XML 1.0) cannot hold: most control characters, U+FFFE/FFFF, lone surrogates. */
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g

/** Text for an XLSX cell: neutralised like CSV, without characters XML refuses, within Excel's 32,767. */
export function sheetText(text: string): string {
  return cut(neutralise(text).replace(NOT_XML, '\uFFFD'), 32767)
}

/** Display width of text in a column, counting wide (CJK) characters twice. */
export function textWidth(text: string): number {
  let w = 0
  for (const ch of text) w += /[\u1100-\u115F\u2E80-\uA4CF\uAC00-\uD7A3\uF900-\uFAFF\uFE30-\uFE4F\uFF00-\uFF60\uFFE0-\uFFE6]|[\u{20000}-\u{3FFFD}]/u.test(ch) ? 2 : 1
  return w
}
