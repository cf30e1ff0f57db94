/**
 * Money in integer minor units (fen, cents, yen). Every amount the engine adds is an integer of
 * minor units, so a displayed total always equals the sum of its displayed parts.
 */

/** Largest amount of minor units the engine accepts: well inside exact float integers. */
export const MAX_MINOR = 2 ** 51 - 1

const digitsCache = new Map<string, number>()

/** Minor-unit digits of a currency as Intl knows them: 2 for CNY/USD/EUR, 0 for JPY/KRW. */
export function minorDigits(currency: string): number {
  const cached = digitsCache.get(currency)
  if (cached !== undefined) return cached
  const digits = new Intl.NumberFormat('en', { style: 'currency', currency }).resolvedOptions().maximumFractionDigits ?? 2
  digitsCache.set(currency, digits)
  return digits
}

/** True when `code` is an ISO 4217 code this runtime can format. */
export function isKnownCurrency(code: string): boolean {
  if (!/^[A-Z]{3}$/.test(code)) return false
  const supported = (Intl as { supportedValuesOf?: (key: string) => string[] }).supportedValuesOf
  if (supported) return supported('currency').includes(code)
  try {
    new Intl.NumberFormat('en', { style: 'currency', currency: code })
    return true
  }
  catch {
    return false
  }
}

/** Throws unless `n` is a safe integer amount of minor units. */
export function safeMinor(n: number): number {
  if (!Number.isInteger(n) || Math.abs(n) > MAX_MINOR)
    throw new RangeError(`amount out of range: ${n} minor units`)
  return n
}

/**
 * Rounds a value already expressed in minor units to a whole number, half away from zero.
 * The value is first cut to 15 significant digits, which removes binary error such as
 * 1.005 × 100 = 100.49999999999999 and so rounds the decimal value the user meant.
 * From 10^15 up the cut would drop whole units (1234567890123456 → …460), so larger values are
 * rounded as they are: a double there carries no more than one fractional binary digit anyway.
 */
export function roundHalfAway(minorValue: number): number {
  if (!Number.isFinite(minorValue)) throw new RangeError(`amount is not finite: ${minorValue}`)
  const a = Math.abs(minorValue)
  const fraction = a - Math.floor(a)
  // Only a value within binary error of a half can round differently once cleaned; the others
  // take the fast path (this is the engine's hottest function).
  const nearHalf = a < 1e15 && Math.abs(fraction - 0.5) <= 1e-12 * (a + 1)
  const rounded = Math.round(nearHalf ? Number(a.toPrecision(15)) : a)
  return safeMinor(minorValue < 0 && rounded !== 0 ? -rounded : rounded)
}

/** Major units (as written in a project file) to integer minor units, rounded half away from zero. */
export function toMinor(major: number, digits: number): number {
  return roundHalfAway(major * 10 ** digits)
}

/** Integer minor units back to a major-unit number (for JSON output and display). */
export function toMajor(minor: number, digits: number): number {
  return digits === 0 ? minor : Number((minor / 10 ** digits).toFixed(digits))
}

/**
 * Largest-remainder apportionment: integers that each differ from `values[i]` by less than one
 * and add up exactly to `target`. Ties go to the earlier entry.
 */
export function apportion(values: readonly number[], target: number): number[] {
  const floors = values.map(v => Math.floor(v))
  let rest = target - floors.reduce((a, b) => a + b, 0)
  const order = values
    .map((v, i) => ({ i, frac: v - Math.floor(v) }))
    .sort((a, b) => b.frac - a.frac || a.i - b.i)
    .map(o => o.i)
  if (order.length === 0) return floors
  for (let k = 0; rest > 0; k++, rest--) floors[order[k % order.length]!]! += 1
  for (let k = 0; rest < 0; k++, rest++) floors[order[order.length - 1 - (k % order.length)]!]! -= 1
  return floors
}
