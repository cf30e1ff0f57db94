/**
 * Display formatting of money, percentages and days, per locale and currency.
 * Amounts arrive in integer minor units.
 */
import { toMajor } from '@/engine/money'
import { readTypedNumber } from './typedNumber'

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

/** ¥45,200.00 / $1,234.50, with the currency's own minor digits. */
export function formatMoney(minor: number, currency: string, digits: number, locale: string): string {
  return nf(locale, { style: 'currency', currency, minimumFractionDigits: digits, maximumFractionDigits: digits })
    .format(toMajor(minor, digits))
}

/** A plain amount with separators and fixed decimals, for dense table columns. */
export function formatAmount(minor: number, digits: number, locale: string): string {
  return nf(locale, { minimumFractionDigits: digits, maximumFractionDigits: digits }).format(toMajor(minor, digits))
}

/** +¥1,200.00 / −¥3,400.00 */
export function formatSignedMoney(minor: number, currency: string, digits: number, locale: string): string {
  const abs = formatMoney(Math.abs(minor), currency, digits, locale)
  return minor > 0 ? `+${abs}` : minor < 0 ? `−${abs}` : abs
}

/** +1,200.00 / −3,400.00: a signed amount without the currency, for table columns. */
export function formatSignedAmount(minor: number, digits: number, locale: string): string {
  const abs = formatAmount(Math.abs(minor), digits, locale)
  return minor > 0 ? `+${abs}` : minor < 0 ? `−${abs}` : abs
}

/** 45.2万 in Chinese, 452K in English: for chart axes and headline figures. */
export function formatCompactMoney(minor: number, currency: string, digits: number, locale: string): string {
  return nf(locale, { style: 'currency', currency, notation: 'compact', minimumFractionDigits: 0, maximumFractionDigits: 1 }).format(toMajor(minor, digits))
}

/**
 * A percentage with one decimal, signed when asked: "+12.5%". A change too small for one decimal
 * is never shown as "0.0%" or "−0.0%": it gets two decimals ("−0.05%"), or reads "<0.01%" with
 * its sign when smaller still.
 */
export function formatPercent(value: number, locale: string, signed = false): string {
  const abs = Math.abs(value)
  const sign = signed ? (value > 0 ? '+' : value < 0 ? '−' : '') : value < 0 ? '−' : ''
  if (abs === 0 || abs >= 0.05) return `${sign}${nf(locale, { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(abs)}%`
  if (abs >= 0.005) return `${sign}${nf(locale, { minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(abs)}%`
  return `${sign}<${nf(locale, { minimumFractionDigits: 2 }).format(0.01)}%`
}

/** A plain number with up to `max` decimals (quantities, rates as typed). */
export function formatNumber(value: number, locale: string, max = 1): string {
  return nf(locale, { maximumFractionDigits: max }).format(value)
}

/** A number as it is, to 15 significant digits, with the locale's grouping: what a field shows. */
export function formatFull(value: number, locale: string): string {
  return nf(locale, { maximumSignificantDigits: 15 }).format(value)
}

/** A number with exactly `digits` decimals: 1,659.80. */
export function formatFixed(value: number, digits: number, locale: string): string {
  return nf(locale, { minimumFractionDigits: digits, maximumFractionDigits: digits }).format(value)
}

/** Change as a percent of a base; null when the base is zero. */
export function changePercent(change: number, base: number): number | null {
  return base === 0 ? null : (change / base) * 100
}

/**
 * Parses a number as a person types it (see typedNumber.ts): "3,000", "¥3,500", "3.5万", "1e3" →
 * numbers; "", "abc", "1,5" (a comma that is not a thousands separator) and numbers past the
 * largest double → null. Any currency mark is accepted here; `checkNumber` checks it against the
 * project's currency.
 */
export function parseTypedNumber(text: string): number | null {
  const read = readTypedNumber(text)
  return read.ok && Number.isFinite(read.value) ? read.value : null
}

/** The address when it is an http(s) URL, else undefined (never a `javascript:` or `data:` link). */
export function webUrl(url: string | undefined): string | undefined {
  if (!url) return undefined
  try {
    const parsed = new URL(url)
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.href : undefined
  }
  catch {
    return undefined
  }
}
