/**
 * The published talent-scheduling instances (tests/fixtures/talent, README there) as projects:
 * one cast member paid from first to last day per actor, with one labor line following
 * `cast:<id>` at the actor's daily cost; one location; each scene's hours = its days × hoursPerDay,
 * no moves. The project's total is then exactly the instance's cost.
 */
import type { Project } from '../engine/types'

/** A shooting day of the instances, in hours. */
export const TALENT_HOURS_PER_DAY = 8

/**
 * Reads an instance: a name line; scenes n; actors m; m rows of n 0/1 flags, each followed by the
 * actor's daily cost; n scene durations in days. Throws with what and where when it cannot.
 */
export function readTalentInstance(text: string): Project {
  const lines = text.split(/\r?\n/)
  const nameAt = lines.findIndex(l => l.trim() !== '')
  if (nameAt < 0) throw new Error('talent instance: the text is empty')
  const name = lines[nameAt]!.trim()
  const tokens = lines.slice(nameAt + 1).join(' ').split(/\s+/).filter(t => t !== '')
  let k = 0
  const next = (what: string, whole: boolean): number => {
    const t = tokens[k++]
    if (t === undefined) throw new Error(`talent instance "${name}": ${what} is missing (the text ends after ${k - 1} numbers)`)
    const x = Number(t)
    if (!Number.isFinite(x) || x < 0 || (whole && !Number.isInteger(x)))
      throw new Error(`talent instance "${name}": ${what} must be a ${whole ? 'whole ' : ''}number ≥ 0, got "${t}"`)
    return x
  }
  const n = next('the number of scenes', true)
  const m = next('the number of actors', true)
  const casts: string[][] = Array.from({ length: n }, () => [])
  const rates: number[] = []
  for (let a = 0; a < m; a++) {
    for (let j = 0; j < n; j++) {
      const flag = next(`actor ${a + 1}'s flag for scene ${j + 1}`, true)
      if (flag > 1) throw new Error(`talent instance "${name}": actor ${a + 1}'s flag for scene ${j + 1} must be 0 or 1, got ${flag}`)
      if (flag === 1) casts[j]!.push(`a${a + 1}`)
    }
    rates.push(next(`actor ${a + 1}'s daily cost`, false))
  }
  const durations = casts.map((_, j) => next(`the duration of scene ${j + 1}`, true))
  if (k < tokens.length) throw new Error(`talent instance "${name}": ${tokens.length - k} numbers left over after the scene durations`)
  return {
    schemaVersion: 1,
    meta: { title: name, currency: 'USD', locale: 'en', episodes: 1, minutesPerEpisode: 1 },
    phases: [{ id: 'shoot', name: 'Shooting', days: 0 }],
    sections: [{ id: 'cast', name: 'Cast', group: 'atl' }],
    lines: rates.map((rate, a) => ({
      id: `pay-a${a + 1}`, section: 'cast', name: `Actor ${a + 1}`, kind: 'labor' as const,
      qty: { of: `cast:a${a + 1}` as const }, unit: 'day', count: 1, rate,
    })),
    scenarios: [{ id: 'baseline', name: 'Baseline', baseline: true, adoption: {} }],
    locations: [{ id: 'set', name: 'Set' }],
    cast: rates.map((_, a) => ({ id: `a${a + 1}`, name: `Actor ${a + 1}`, pay: 'span' as const })),
    scenes: casts.map((cast, j) => ({
      id: `s${j + 1}`, episode: 1, number: String(j + 1), time: 'day' as const, setting: 'int' as const,
      location: 'set', cast, minutes: durations[j]!, hours: durations[j]! * TALENT_HOURS_PER_DAY,
    })),
    shoot: { phase: 'shoot', hoursPerDay: TALENT_HOURS_PER_DAY, moveHours: 0, hoursPerMinute: 1 },
  }
}
