/**
 * Money formatting for charts. Amounts arrive in integer minor units (fen, cents) with the
 * currency's minor-unit `digits` (2 for CNY/USD, 0 for JPY). Pure functions.
 */

const cache = new Map<string, Intl.NumberFormat>()
function nf(locale: string, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `${locale}|${JSON.stringify(options)}`
  let f = cache.get(key)
  if (!f) {
    f = new Intl.NumberFormat(locale, options)
    cache.set(key, f)
  }
  return f
}

/** Minor units to major units: 1234567 fen → 12345.67 yuan (no binary noise). */
export function toMajor(minor: number, digits: number): number {
  return digits === 0 ? minor : Number((minor / 10 ** digits).toFixed(digits))
}

/** The exact amount, for tooltips and tables: "¥12,345.67", "$1,234.50", "¥12,345" (JPY). */
export function money(minor: number, currency: string, digits: number, locale: string): string {
  return nf(locale, { style: 'currency', currency, minimumFractionDigits: digits, maximumFractionDigits: digits })
    .format(toMajor(minor, digits))
}

/** The exact amount with a sign, for changes: "+¥1,200.00", "−¥12,345.00" (true minus sign), "¥0.00". */
export function signedMoney(minor: number, currency: string, digits: number, locale: string): string {
  const abs = money(Math.abs(minor), currency, digits, locale)
  return minor > 0 ? `+${abs}` : minor < 0 ? `−${abs}` : abs
}

/** A short amount for axis ticks: "¥45.2万" (zh-CN), "CN¥452K" (en), "¥0". */
export function compactMoney(minor: number, currency: string, digits: number, locale: string): string {
  return nf(locale, {
    style: 'currency',
    currency,
    notation: 'compact',
    minimumFractionDigits: 0,
    maximumFractionDigits: 1,
  }).format(toMajor(minor, digits))
}

/** A plain number such as a day count: "27", "6.5", "1,200". */
export function plainNumber(value: number, locale: string, maxDigits = 1): string {
  return nf(locale, { maximumFractionDigits: maxDigits }).format(value)
}
