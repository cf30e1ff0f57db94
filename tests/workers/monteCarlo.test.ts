/**
 * The Monte Carlo worker's code path, in Node: its message handler called as a plain function
 * gives the same figures as the engine's `monteCarlo()` and as the CLI's
 * `--monte-carlo N --seed S --format json`, for the same seed; a cancel stops it between slices.
 */
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { run as cli } from '../../src/cli/main'
import { toMajor, minorDigits } from '@/engine/money'
import { monteCarlo } from '@/engine/uncertainty'
import type { MonteCarloResult } from '@/engine/uncertainty'
import type { ProjectReport } from '@/engine/report'
import { monteCarloHandler } from '@/workers/monteCarlo'
import type { McRequest, McResponse } from '@/workers/monteCarlo'
import { ROOT, largestPreset, presetIds, presetProject } from '../support/browser'

/** Runs the handler to the end: every message it posted. `later` queues instead of timing out. */
function drive(requests: (queue: (m: McRequest) => void) => void, options: { sliceMs?: number, now?: () => number } = {}): McResponse[] {
  const posted: McResponse[] = []
  const tasks: (() => void)[] = []
  const handle = monteCarloHandler(m => posted.push(structuredClone(m)), { later: fn => tasks.push(fn), ...options })
  requests(handle)
  for (let k = 0; tasks.length > 0 && k < 1_000_000; k++) tasks.shift()!()
  return posted
}

function cliJson(preset: string, iterations: number, seed: number): ProjectReport {
  let out = ''
  const code = cli([join(ROOT, 'presets', `${preset}.json`), '--format', 'json', '--monte-carlo', String(iterations), '--seed', String(seed)], (s) => { out += s }, () => {})
  expect(code).toBe(0)
  return JSON.parse(out) as ProjectReport
}

const pct = (r: MonteCarloResult) => ({ total: [r.total.p10, r.total.p50, r.total.p90], days: [r.calendarDays.p10, r.calendarDays.p50, r.calendarDays.p90] })

describe('the Monte Carlo worker\'s handler', () => {
  it.each(presetIds())('%s: same P10 / P50 / P90 as monteCarlo() and the CLI, for every scenario', (id) => {
    const project = presetProject(id)
    const iterations = 2_000
    const seed = 7
    const posted = drive(h => h({ type: 'start', run: 1, project, scenarios: project.scenarios.map(s => s.id), iterations, seed }), { sliceMs: 1 })
    const results = posted.flatMap(m => (m.type === 'result' ? [m.result] : []))
    expect(results.map(r => r.scenario)).toEqual(project.scenarios.map(s => s.id))
    expect(posted.at(-1)?.type).toBe('finished')
    const report = cliJson(id, iterations, seed)
    const digits = minorDigits(project.meta.currency)
    for (const [i, scenario] of project.scenarios.entries()) {
      const engine = monteCarlo(project, scenario, { iterations, seed })
      // The whole result, histogram included, is the engine's
      expect(results[i]).toEqual(engine)
      const fromCli = report.scenarios[i]!.monteCarlo!
      const worker = pct(results[i]!)
      expect(worker.total.map(x => toMajor(x, digits))).toEqual([fromCli.total.p10, fromCli.total.p50, fromCli.total.p90])
      expect(worker.days).toEqual([fromCli.calendarDays.p10, fromCli.calendarDays.p50, fromCli.calendarDays.p90])
      expect(fromCli.seed).toBe(seed)
    }
  })

  it('reports progress between slices, and the figures do not depend on the slices', () => {
    const { id } = largestPreset()
    const project = presetProject(id)
    const scenario = project.scenarios.find(s => !s.baseline)!
    // A clock that moves 1 ms per reading: every slice is cut short, so many progress reports
    let t = 0
    const posted = drive(h => h({ type: 'start', run: 3, project, scenarios: [scenario.id], iterations: 10_000, seed: 11 }), { sliceMs: 2, now: () => t++ })
    const progress = posted.filter(m => m.type === 'progress')
    expect(progress.length).toBeGreaterThan(3)
    const done = progress.map(m => (m.type === 'progress' ? m.done : 0))
    expect(done).toEqual([...done].sort((a, b) => a - b))
    expect(done.at(-1)).toBeLessThan(10_000)
    const result = posted.find(m => m.type === 'result')
    expect(result?.type === 'result' && result.result).toEqual(monteCarlo(project, scenario, { iterations: 10_000, seed: 11 }))
  })

  it('stops when cancelled, without a result, and says so', () => {
    const project = presetProject(largestPreset().id)
    let t = 0
    const posted: McResponse[] = []
    const tasks: (() => void)[] = []
    const handle = monteCarloHandler(m => posted.push(m), { later: fn => tasks.push(fn), sliceMs: 2, now: () => t++ })
    handle({ type: 'start', run: 5, project, scenarios: project.scenarios.map(s => s.id), iterations: 10_000, seed: 1 })
    tasks.shift()!()
    tasks.shift()!()
    expect(posted.map(m => m.type)).toEqual(['progress', 'progress'])
    // A cancel of another run changes nothing; this run's cancel stops it at the next slice
    handle({ type: 'cancel', run: 4 })
    handle({ type: 'cancel', run: 5 })
    while (tasks.length > 0) tasks.shift()!()
    expect(posted.at(-1)).toEqual({ type: 'cancelled', run: 5 })
    expect(posted.some(m => m.type === 'result')).toBe(false)
  })

  it('says what went wrong with an unknown scenario', () => {
    const project = presetProject(largestPreset().id)
    const posted = drive(h => h({ type: 'start', run: 2, project, scenarios: ['nope'], iterations: 10, seed: 1 }))
    expect(posted).toEqual([{ type: 'failed', run: 2, message: 'no scenario "nope"' }])
  })
})
