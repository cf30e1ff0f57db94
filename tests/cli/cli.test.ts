import { spawnSync } from 'node:child_process'
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { run } from '../../src/cli/main'
import { FIXTURE_PATH, fixtureJson } from '../support/builders'

const PRESETS = resolve(import.meta.dirname, '../../presets')

/* eslint-disable @typescript-eslint/no-explicit-any -- JSON output and raw project files */

function cli(...argv: string[]) {
  let out = ''
  let err = ''
  const code = run(argv, (s) => { out += s }, (s) => { err += s })
  return { code, out, err }
}

/** Minor units of a major-unit number with 2 digits, to compare sums exactly. */
const fen = (x: number) => Math.round(x * 100)

/** A usage error: the reason on one line, then the usage line. */
function expectUsageError(r: ReturnType<typeof cli>, reason: string) {
  expect(r.code).toBe(2)
  expect(r.out).toBe('')
  const lines = r.err.trimEnd().split('\n')
  expect(lines[0]).toBe(`budget: ${reason}`)
  expect(lines).toHaveLength(2)
  expect(lines[1]).toMatch(/^usage: /)
}

let dir = ''
const file = (name: string, content: unknown) => {
  const path = join(dir, name)
  writeFileSync(path, typeof content === 'string' ? content : JSON.stringify(content))
  return path
}

beforeAll(() => { dir = mkdtempSync(join(tmpdir(), 'budget-cli-')) })
afterAll(() => { rmSync(dir, { recursive: true, force: true }) })

describe('table output', () => {
  it('shows the topsheet figures of every scenario', () => {
    const r = cli(FIXTURE_PATH)
    expect(r.code).toBe(0)
    expect(r.err).toBe('')
    expect(r.out).toMatch(/^Rebirth of the Heiress — CNY, 80 episodes × 1.5 min\n/)
    const row = (label: string, value: string) => expect(r.out).toMatch(new RegExp(`\\n  ${label} +${value}\\n`))
    // baseline: 78,880.00 + 10 % = 86,768.00; / 80 = 1,084.60; / 120 = 723.07
    row('Crew', '38,880.00')
    row('Subtotal', '78,880.00')
    row('Contingency \\(10%\\)', '7,888.00')
    row('TOTAL', '86,768.00')
    row('Per episode', '1,084.60')
    row('Per finished minute', '723.07')
    row('Labor / non-labor', '66,880.00 / 12,000.00')
    row('Calendar days', '47')
    // AI-assisted: 124,916.30, +38,148.30 against the baseline, of which −12,570.80 plan changes
    row('TOTAL', '124,916.30')
    row('AI tools', '72,000.00')
    expect(r.out).toContain('Change vs baseline: +38,148.30 (+44.0%)') // 38148.30 / 86768 = 43.97 %
    expect(r.out).toMatch(/Plan changes +−12,570.80\n/)
    expect(r.out).toMatch(/AI-generated shots replace part of live-act… +\+50,719.10\n/)
    expect(r.out).toContain('Shooting 6d (day 27–33)')
  })

  it('shows one scenario with --scenario', () => {
    const r = cli(FIXTURE_PATH, '--scenario', 'ai')
    expect(r.code).toBe(0)
    expect(r.out).toContain('AI-assisted [ai]')
    expect(r.out).not.toContain('Traditional')
    expect(r.out).toContain('Change vs baseline: +38,148.30')
  })

  it('adds Monte Carlo percentiles with --monte-carlo', () => {
    const r = cli(FIXTURE_PATH, '--monte-carlo', '200', '--seed', '3')
    expect(r.code).toBe(0)
    expect(r.out).toContain('Monte Carlo (200 runs, seed 3): total P10 86,768.00 · P50 86,768.00 · P90 86,768.00')
    expect(r.out).toMatch(/Calendar days P10 \d+ · P50 \d+ · P90 \d+/)
  })
})

describe('--format json (MODEL.md §5)', () => {
  const r = cli(FIXTURE_PATH, '--format', 'json')
  const report = JSON.parse(r.out) as any

  it('has exactly the keys of MODEL.md §5', () => {
    expect(r.code).toBe(0)
    expect(Object.keys(report)).toEqual(['title', 'currency', 'scenarios'])
    expect(report.scenarios).toHaveLength(2)
    for (const s of report.scenarios) {
      expect(Object.keys(s)).toEqual([
        'id', 'name', 'baseline', 'total', 'subtotal', 'markups', 'sections', 'labor', 'nonLabor',
        'perEpisode', 'perMinute', 'calendarDays', 'phases', 'personDays', 'reviewTier', 'vsBaseline',
      ])
      for (const m of s.markups) expect(Object.keys(m)).toEqual(['id', 'amount'])
      for (const x of s.sections) expect(Object.keys(x)).toEqual(['id', 'amount'])
      for (const p of s.phases) expect(Object.keys(p)).toEqual(['id', 'days', 'start', 'finish'])
      expect(Object.keys(s.personDays)).toEqual(['total', 'sections'])
      for (const x of s.personDays.sections) expect(Object.keys(x)).toEqual(['id', 'days'])
      expect(Object.keys(s.vsBaseline)).toEqual(['change', 'planChanges', 'personDays', 'levers'])
      for (const l of s.vsBaseline.levers) expect(Object.keys(l)).toEqual(['id', 'amount', 'grossSaving', 'toolCost', 'breakEven'])
    }
  })

  it('gives the figures in major units, rounded', () => {
    expect(report.title).toBe('Rebirth of the Heiress')
    expect(report.currency).toBe('CNY')
    const ai = report.scenarios[1]
    expect(ai).toMatchObject({
      id: 'ai', name: 'AI-assisted', baseline: false,
      total: 124916.3, subtotal: 113560.27, labor: 32560.27, nonLabor: 81000,
      perEpisode: 2081.94, perMinute: 1387.96, calendarDays: 45, // 124916.30 / 60 = 2081.938; / 90 = 1387.959
      markups: [{ id: 'contingency', amount: 11356.03 }],
      sections: [{ id: 'crew', amount: 21550.27 }, { id: 'cast', amount: 20010 }, { id: 'ai', amount: 72000 }],
      phases: [
        { id: 'script', days: 20, start: 0, finish: 20 },
        { id: 'prep', days: 7, start: 20, finish: 27 },
        { id: 'shoot', days: 6, start: 27, finish: 33 },
        { id: 'post', days: 15, start: 30, finish: 45 },
      ],
      vsBaseline: { change: 38148.3, planChanges: -12570.8, levers: [{ id: 'ai-live-action', amount: 50719.1 }] },
    })
    expect(report.scenarios[0]).toMatchObject({ id: 'baseline', baseline: true, total: 86768, perMinute: 723.07 })
  })

  it('splits each change exactly: planChanges + Σ levers = change', () => {
    for (const s of report.scenarios) {
      const vs = s.vsBaseline
      expect(fen(vs.planChanges) + vs.levers.reduce((a: number, l: any) => a + fen(l.amount), 0)).toBe(fen(vs.change))
      expect(fen(vs.change)).toBe(fen(s.total) - fen(report.scenarios[0].total))
    }
  })

  it('keeps only the chosen scenario with --scenario, still compared with the baseline', () => {
    const only = JSON.parse(cli(FIXTURE_PATH, '--format', 'json', '--scenario', 'ai').out) as any
    expect(only.scenarios.map((s: any) => s.id)).toEqual(['ai'])
    expect(only.scenarios[0].vsBaseline.change).toBe(38148.3)
  })

  it('adds a reproducible monteCarlo object with --monte-carlo 500 --seed 3', () => {
    const a = cli(FIXTURE_PATH, '--format', 'json', '--monte-carlo', '500', '--seed', '3')
    const b = cli(FIXTURE_PATH, '--format', 'json', '--monte-carlo', '500', '--seed', '3')
    expect(a.code).toBe(0)
    expect(a.out).toBe(b.out)
    const mc = JSON.parse(a.out) as any
    for (const s of mc.scenarios) {
      expect(Object.keys(s.monteCarlo)).toEqual(['iterations', 'seed', 'total', 'calendarDays', 'histogram'])
      expect(s.monteCarlo).toMatchObject({ iterations: 500, seed: 3 })
      expect(Object.keys(s.monteCarlo.total)).toEqual(['p10', 'p50', 'p90', 'min', 'max', 'mean'])
      expect(s.monteCarlo.histogram.reduce((n: number, bin: any) => n + bin.count, 0)).toBe(500)
    }
    // nothing is uncertain in the baseline; the AI scenario spreads around its likely total
    expect(mc.scenarios[0].monteCarlo.total).toMatchObject({ p10: 86768, p50: 86768, p90: 86768 })
    const t = mc.scenarios[1].monteCarlo.total
    expect(t.p10).toBeLessThan(t.p90)
    expect(t.p10).toBeLessThanOrEqual(124916.3)
    expect(t.p90).toBeGreaterThanOrEqual(124916.3)
    // another seed gives other figures
    expect(cli(FIXTURE_PATH, '--format', 'json', '--monte-carlo', '500', '--seed', '4').out).not.toBe(a.out)
    // the rest of the report is unchanged
    const plain = JSON.parse(cli(FIXTURE_PATH, '--format', 'json').out) as any
    for (const s of mc.scenarios) delete s.monteCarlo
    expect(mc).toEqual(plain)
  })
})

describe('person-days, gross saving, break-even and review tier (MODEL.md §3, §5)', () => {
  /** The fixture with takes on its lever's tool cost. */
  function withTakes(takes: unknown) {
    const doc = fixtureJson() as any
    doc.levers[0].toolCost.takes = takes
    return doc
  }

  it('are in the JSON of the fixture', () => {
    const report = JSON.parse(cli(FIXTURE_PATH, '--format', 'json').out) as any
    const [base, ai] = report.scenarios
    // baseline: dp 8 days + lead 8 days (camera is a cost line) = 16.0; ai: shoot 6 days × m 0.667 = 4.002 → 4.0 each
    expect(base.personDays).toEqual({ total: 16, sections: [{ id: 'crew', days: 8 }, { id: 'cast', days: 8 }, { id: 'ai', days: 0 }] })
    expect(ai.personDays).toEqual({ total: 8, sections: [{ id: 'crew', days: 4 }, { id: 'cast', days: 4 }, { id: 'ai', days: 0 }] })
    // totals 86,768.00 and 124,916.30: both below ¥1,000,000
    expect([base.reviewTier, ai.reviewTier]).toEqual(['platform', 'platform'])
    expect(ai.vsBaseline.personDays).toBe(-8)
    // gross saving: dp 9401.73 + lead 14990 + camera 1500 = 25891.73; tools 1 × 800 × 90 min = 72000;
    // break-even 25891.73 / 90 = 287.69
    expect(ai.vsBaseline.levers).toEqual([{ id: 'ai-live-action', amount: 50719.1, grossSaving: 25891.73, toolCost: 72000, breakEven: 287.69 }])
    expect(base.vsBaseline).toMatchObject({ personDays: 0, levers: [{ id: 'ai-live-action', amount: 0, grossSaving: 0, toolCost: 0, breakEven: null }] })
  })

  it.each(readdirSync(PRESETS).filter(f => f.endsWith('.json') && f !== 'levers.json'))('are in the JSON of every scenario of %s', (name) => {
    const path = join(PRESETS, name)
    const project = JSON.parse(readFileSync(path, 'utf8')) as any
    const r = cli(path, '--format', 'json')
    expect(r.code).toBe(0)
    const report = JSON.parse(r.out) as any
    const tenths = (x: number) => Math.round(x * 10)
    const base = report.scenarios.find((s: any) => s.baseline)
    expect(base.personDays.total).toBeGreaterThan(0)
    for (const s of report.scenarios) {
      expect(s.personDays.sections.map((x: any) => x.id)).toEqual(project.sections.map((x: any) => x.id))
      expect(tenths(s.personDays.total)).toBe(s.personDays.sections.reduce((a: number, x: any) => a + tenths(x.days), 0))
      expect(tenths(s.vsBaseline.personDays)).toBe(tenths(s.personDays.total) - tenths(base.personDays.total))
      if (project.meta.currency === 'CNY') {
        const fen = Math.round(s.total * 100)
        expect(s.reviewTier).toBe(fen >= 300_000_000 ? 'national' : fen >= 100_000_000 ? 'provincial' : 'platform')
      }
      else expect(s).not.toHaveProperty('reviewTier')
      const adoption = project.scenarios.find((x: any) => x.id === s.id).adoption
      expect(s.vsBaseline.levers.map((l: any) => l.id)).toEqual(project.levers.map((l: any) => l.id))
      for (const l of s.vsBaseline.levers) {
        const lever = project.levers.find((x: any) => x.id === l.id)
        expect(l.grossSaving).toBeGreaterThanOrEqual(0)
        expect(l.toolCost).toBeGreaterThanOrEqual(0)
        expect(l.breakEven === null).toBe(!lever.toolCost || !adoption[l.id])
      }
    }
  })

  it('refuses a bad takes range with exit status 2 and its path', () => {
    const r = cli(file('bad-takes.json', withTakes({ low: 4, likely: 2, high: 8 })), '--format', 'json')
    expect(r.code).toBe(2)
    expect(r.out).toBe('')
    expect(r.err).toMatch(/^levers\[0\]\.toolCost\.takes: needs low ≤ likely ≤ high \(got 4 \/ 2 \/ 8\)$/m)
    const zero = cli(file('zero-takes.json', withTakes({ low: 0, likely: 2, high: 8 })))
    expect(zero.code).toBe(2)
    expect(zero.err).toMatch(/^levers\[0\]\.toolCost\.takes\.low: /m)
  })

  it('are in the table, with the break-even per generation', () => {
    // 2 takes: tools 1 × 800 × 90 min × 2 = 144,000.00; subtotal 21,550.27 + 20,010 + 144,000 = 185,560.27;
    // + 10 % 18,556.03 = 204,116.30; break-even 25,891.73 / (90 × 2) = 143.843 → 143.84
    const r = cli(file('takes.json', withTakes({ low: 1, likely: 2, high: 4 })), '--scenario', 'ai')
    expect(r.code).toBe(0)
    const row = (label: string, value: string) => expect(r.out).toMatch(new RegExp(`\\n  ${label} +${value}\\n`))
    row('TOTAL', '204,116.30')
    row('Person-days', '8.0')
    row('  Crew', '4.0')
    row('  Cast', '4.0')
    row('Review tier \\(thresholds since 2026-01-01\\)', 'platform')
    expect(r.out).toContain('Change vs baseline: +117,348.30 (+135.2%); person-days −8.0') // 117348.30 / 86768 = 135.24 %
    expect(r.out).toContain('      gross saving 25,891.73 · tool cost 144,000.00 · pays off up to 143.84 per generation, now 800.00\n')
  })

  it('has no review tier outside CNY', () => {
    const r = cli(join(PRESETS, 'us-vertical-drama.json'))
    expect(r.code).toBe(0)
    expect(r.out).toContain('Person-days')
    expect(r.out).not.toContain('Review tier')
  })
})

describe('--format csv', () => {
  it('has a header and one row per line and scenario', () => {
    const r = cli(FIXTURE_PATH, '--format', 'csv')
    expect(r.code).toBe(0)
    const rows = r.out.trimEnd().split('\n')
    expect(rows[0]).toBe('scenario,section,line,name,kind,qty,unit,count,rate,factor,cost,fringe,amount,currency')
    expect(rows).toHaveLength(1 + 3 * 2) // 3 lines × 2 scenarios
    expect(rows.slice(1).map(row => row.split(',').slice(0, 3).join(','))).toEqual([
      'baseline,crew,dp', 'baseline,cast,lead', 'baseline,crew,camera', 'ai,crew,dp', 'ai,cast,lead', 'ai,crew,camera',
    ])
    // ai / dp: 6 days × 2800 × 0.667 = 11205.60 + 12 % fringe 1344.67 = 12550.27
    expect(rows[4]).toBe('ai,crew,dp,Director of photography,labor,6,day,1,2800,0.667,11205.60,1344.67,12550.27,CNY')
  })

  it('keeps one scenario with --scenario, and quotes cells that need it', () => {
    const doc = fixtureJson() as any
    doc.lines[2].name = 'Camera, "A" unit'
    const r = cli(file('quoted.json', doc), '--format', 'csv', '--scenario', 'baseline')
    expect(r.code).toBe(0)
    const rows = r.out.trimEnd().split('\n')
    expect(rows).toHaveLength(1 + 3)
    expect(rows[3]).toBe('baseline,crew,camera,"Camera, ""A"" unit",cost,8,day,1,1500,1,12000.00,0.00,12000.00,CNY')
  })
})

describe('refusals (exit status 2)', () => {
  it('lists every problem of an invalid file as path: message, and computes nothing', () => {
    const doc = fixtureJson() as any
    doc.lines[0].rate = -1
    doc.phases[1].days = 2.5
    doc.scenarios[1].adoption['ai-live-action'] = 150
    const path = file('invalid.json', doc)
    const r = cli(path, '--format', 'json')
    expect(r.code).toBe(2)
    expect(r.out).toBe('')
    expect(r.err.trimEnd().split('\n')).toEqual([
      `${path}: 3 problems; nothing was computed`,
      'phases[1].days: must be a whole number ≥ 0',
      'lines[0].rate: must be a number ≥ 0',
      'scenarios[1].adoption.ai-live-action: must be a percentage from 0 to 100',
    ])
  })

  it('lists every broken rule of a well-formed file', () => {
    const doc = fixtureJson() as any
    doc.lines[2].fringes = ['social']
    doc.scenarios[1].adoption.nope = 10
    const path = file('invalid2.json', doc)
    const r = cli(path)
    expect(r.code).toBe(2)
    expect(r.out).toBe('')
    expect(r.err.trimEnd().split('\n')).toEqual([
      `${path}: 2 problems; nothing was computed`,
      'lines[2].fringes: fringes apply only to labor lines; make the line labor or remove its fringes',
      'scenarios[1].adoption.nope: no lever with id "nope"',
    ])
  })

  it('refuses text that is not JSON', () => {
    const path = file('broken.json', '{ "schemaVersion": 1,')
    const r = cli(path)
    expect(r.code).toBe(2)
    expect(r.err).toMatch(new RegExp(`^${path.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: 1 problem; nothing was computed\nnot valid JSON \\(.+\\)\n$`))
  })

  it('refuses a newer schema version with a clear message', () => {
    const doc = fixtureJson() as any
    doc.schemaVersion = 2
    const r = cli(file('newer.json', doc))
    expect(r.code).toBe(2)
    expect(r.err).toContain('schemaVersion: version 2 was written by a newer release of this tool; this one reads up to version 1. Update the tool to open it.')
  })

  it('refuses a valid file whose amounts are out of the engine\'s range, without a stack trace', () => {
    // Given a rate of 10^15 yuan: 8 days × 10^15 = 8 × 10^15 yuan = 8 × 10^17 fen, beyond 2^51
    const doc = fixtureJson() as any
    doc.lines[0].rate = 1e15
    const path = file('huge.json', doc)
    const r = cli(path)
    expect(r.code).toBe(2)
    expect(r.out).toBe('')
    expect(r.err).toBe(`${path}: lines[0] ("dp"): amount out of range: 800000000000000000 minor units; nothing was computed\n`)
  })

  it('names a missing file', () => {
    const path = join(dir, 'missing.json')
    expectUsageError(cli(path), `no such file: ${path}`)
  })

  it('names a bad flag', () => {
    const r = cli(FIXTURE_PATH, '--bogus')
    expect(r.code).toBe(2)
    expect(r.err.split('\n')[0]).toMatch(/^budget: Unknown option '--bogus'/)
  })

  it('names a bad --format', () => {
    expectUsageError(cli(FIXTURE_PATH, '--format', 'xml'), '--format must be table, json or csv, got "xml"')
  })

  it('names an unknown --scenario and lists the known ones', () => {
    expectUsageError(cli(FIXTURE_PATH, '--scenario', 'nope'), `no scenario "nope" in ${FIXTURE_PATH}; it has baseline, ai`)
  })

  it('names bad Monte Carlo flags', () => {
    expectUsageError(cli(FIXTURE_PATH, '--monte-carlo', '0'), '--monte-carlo must be a whole number ≥ 1, got "0"')
    expectUsageError(cli(FIXTURE_PATH, '--monte-carlo', '1e3'), '--monte-carlo must be a whole number ≥ 1, got "1e3"')
    expectUsageError(cli(FIXTURE_PATH, '--monte-carlo', '10', '--seed', 'x'), '--seed must be a whole number ≥ 0, got "x"')
    expectUsageError(cli(FIXTURE_PATH, '--seed', '3'), '--seed needs --monte-carlo N')
    expectUsageError(cli(FIXTURE_PATH, '--format', 'csv', '--monte-carlo', '10'), '--monte-carlo works with --format table or json, not csv')
  })

  it('wants exactly one file', () => {
    expectUsageError(cli(), 'no project file given')
    expectUsageError(cli(FIXTURE_PATH, FIXTURE_PATH), 'one project file expected, got 2')
  })

  it('prints the usage with --help', () => {
    const r = cli('--help')
    expect(r.code).toBe(0)
    expect(r.out).toMatch(/^usage: npm run budget -- <project.json>/)
  })
})

describe('the real command', () => {
  const root = resolve(import.meta.dirname, '../..')
  const tsx = join(root, 'node_modules/.bin/tsx')
  const budget = (...args: string[]) => spawnSync(tsx, ['src/cli/main.ts', ...args], { cwd: root, encoding: 'utf8', timeout: 30_000 })

  it('exits 0 with the report, and 2 on a bad file', () => {
    const ok = budget('tests/fixtures/model-example.json', '--format', 'json')
    expect(ok.status).toBe(0)
    expect((JSON.parse(ok.stdout) as any).scenarios[1].total).toBe(124916.3)
    const doc = fixtureJson() as any
    delete doc.meta.title
    const bad = budget(file('cmd-invalid.json', doc))
    expect(bad.status).toBe(2)
    expect(bad.stdout).toBe('')
    expect(bad.stderr).toContain('meta.title: is required')
    expect(budget('no/such/file.json').status).toBe(2)
  }, 30_000)
})
