/**
 * The shoot plan a breakdown brings (MODEL.md §6, "a breakdown added to a project"): hours per
 * screen minute chosen so that the packed days come close to the typed days of the shooting phase.
 * Days are packed here as §6.2 packs them (no lever, no override), only to choose the rate.
 */
import type { Scene } from '../engine/types'

export const HOURS_PER_DAY = 12
export const MOVE_HOURS = 1
/** Used when there are no minutes or no typed days to match: MODEL.md's example rate. */
export const FALLBACK_HOURS_PER_MINUTE = 1.5

/** §6.1 rounding: half away from zero, after rounding to 15 significant digits. */
function roundMinutes(x: number): number {
  const y = Number(x.toPrecision(15))
  return Math.sign(y) * Math.round(Math.abs(y))
}

/** The shoot days of `scenes` (in shooting order) at `hoursPerMinute`, packed as §6.2 says. */
export function packedDays(scenes: readonly Pick<Scene, 'minutes' | 'location'>[], hoursPerMinute: number, hoursPerDay = HOURS_PER_DAY, moveHours = MOVE_HOURS): number {
  const H = roundMinutes(hoursPerDay * 60)
  const M = roundMinutes(moveHours * 60)
  let d = 0
  let u = 0
  let at: string | null = null
  for (const s of scenes) {
    const mu = roundMinutes(s.minutes * hoursPerMinute * 60)
    if (mu === 0) continue
    if (d === 0) d = 1
    const x = u > 0 && s.location !== at ? M : 0
    if (u > 0 && u + x + mu > H) { d++; u = 0 }
    if (u === 0) {
      const k = Math.ceil(mu / H)
      d += k - 1
      u = mu - (k - 1) * H
    }
    else u += x + mu
    at = s.location
  }
  return d
}

/**
 * The hours per minute (two decimals) whose packed days come closest to `days` without passing
 * them: first `days × hoursPerDay / total minutes`, then lowered until the packing fits.
 */
export function hoursPerMinuteFor(scenes: readonly Pick<Scene, 'minutes' | 'location'>[], days: number): number {
  const total = scenes.reduce((sum, s) => sum + s.minutes, 0)
  if (!(total > 0) || !(days > 0)) return FALLBACK_HOURS_PER_MINUTE
  let hi = Math.floor((days * HOURS_PER_DAY / total) * 100)
  if (hi < 1) return 0.01
  if (packedDays(scenes, hi / 100) <= days) return hi / 100
  let lo = 1
  if (packedDays(scenes, lo / 100) > days) return lo / 100
  while (hi - lo > 1) {
    const mid = Math.floor((lo + hi) / 2)
    if (packedDays(scenes, mid / 100) <= days) lo = mid
    else hi = mid
  }
  return lo / 100
}
