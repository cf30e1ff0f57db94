/**
 * The published talent-scheduling instances (tests/fixtures/talent, copied from
 * ../shared/benchmarks/talent; format in its README) turned into projects as that README says:
 * one cast member paid by span and one labor line following `cast:<id>` at the actor's daily cost
 * per actor, one location, each scene's hours = duration × hoursPerDay, no move time. In the order
 * 1..n the engine's total must equal the instance's cost for that order, computed here directly.
 */
import { readdirSync, readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { computeScenario } from '../../src/engine/compute'
import type { Project } from '../../src/engine/types'
import { valid } from '../support/builders'

const DIR = new URL('../fixtures/talent/', import.meta.url)

interface Instance { name: string, n: number, m: number, appears: boolean[][], cost: number[], duration: number[] }

function readInstance(text: string): Instance {
  const [name, ...rest] = text.split('\n')
  const t = rest.join(' ').split(/\s+/).filter(Boolean).map(Number)
  let k = 0
  const n = t[k++]!
  const m = t[k++]!
  const appears: boolean[][] = []
  const cost: number[] = []
  for (let a = 0; a < m; a++) {
    appears.push(t.slice(k, k + n).map(x => x === 1))
    k += n
    cost.push(t[k++]!)
  }
  const duration = t.slice(k, k + n)
  expect(duration).toHaveLength(n)
  return { name: name!.trim(), n, m, appears, cost, duration }
}

/** Σ over actors of daily cost × (last day − first day + 1), scenes shot in order 1..n. */
function costInFileOrder(x: Instance): number {
  const start: number[] = []
  let day = 1
  for (const d of x.duration) { start.push(day); day += d }
  let total = 0
  for (let a = 0; a < x.m; a++) {
    let first = Infinity
    let last = -Infinity
    for (let j = 0; j < x.n; j++) {
      if (!x.appears[a]![j]) continue
      first = Math.min(first, start[j]!)
      last = Math.max(last, start[j]! + x.duration[j]! - 1)
    }
    if (first !== Infinity) total += x.cost[a]! * (last - first + 1)
  }
  return total
}

function asProject(x: Instance): Project {
  const hoursPerDay = 8
  return valid({
    schemaVersion: 1,
    meta: { title: x.name, currency: 'CNY', locale: 'en', episodes: 1, minutesPerEpisode: 1 },
    phases: [{ id: 'shoot', name: 'Shoot', days: 1 }],
    sections: [{ id: 'cast', name: 'Cast' }],
    lines: x.cost.map((c, a) => ({ id: `pay-a${a}`, section: 'cast', name: `Actor ${a + 1}`, kind: 'labor', qty: { of: `cast:a${a}` }, unit: 'day', count: 1, rate: c })),
    scenarios: [{ id: 'base', name: 'Base', baseline: true, adoption: {} }],
    locations: [{ id: 'set', name: 'Set' }],
    cast: x.cost.map((_, a) => ({ id: `a${a}`, name: `Actor ${a + 1}`, pay: 'span' })),
    scenes: x.duration.map((d, j) => ({
      id: `s${j + 1}`, episode: 1, number: String(j + 1), time: 'day', setting: 'int', location: 'set',
      cast: x.appears.flatMap((row, a) => (row[j] ? [`a${a}`] : [])), minutes: 1, hours: d * hoursPerDay,
    })),
    shoot: { phase: 'shoot', hoursPerDay, moveHours: 0, hoursPerMinute: 1, order: x.duration.map((_, j) => `s${j + 1}`) },
  })
}

const files = readdirSync(DIR).filter(f => f !== 'README.md').sort()

/** The proven optima of the fixtures' README: no order, 1..n included, costs less. */
const OPTIMUM: Record<string, number> = {
  'tiny': 29, 'tiny2': 9, 'small': 54, 'small2': 56, 'concert': 111, 'film-10': 352, 'film-12': 401,
  'film103.dat': 1031, 'film105.dat': 849, 'film114.dat': 867, 'film116.dat': 541, 'film117.dat': 913,
  'film118.dat': 853, 'film119.dat': 790, 'Warwick1201': 222, 'Shaw2020': 877, 'MobStory': 871,
}

describe('talent-scheduling instances in the order 1..n', () => {
  it('are all here', () => {
    expect(files).toHaveLength(17)
  })

  it.each(files)('%s: the engine\'s total is the instance\'s cost', (file) => {
    const x = readInstance(readFileSync(new URL(file, DIR), 'utf8'))
    const r = computeScenario(asProject(x), 'base')
    expect(r.total).toBe(costInFileOrder(x) * 100)
    expect(costInFileOrder(x)).toBeGreaterThanOrEqual(OPTIMUM[file]!)
    // The shoot days are the durations' sum.
    expect(r.schedule!.days).toBe(x.duration.reduce((a, b) => a + b, 0))
  })
})
