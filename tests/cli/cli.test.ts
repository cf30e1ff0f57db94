import { spawnSync } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { PRESETS as PRESET_LIST } from '../../src/app/presetList'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import ExcelJS from 'exceljs'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { run } from '../../src/cli/main'
import { FIXTURE_PATH, fixtureJson } from '../support/builders'
import { ORDINARY, PROTO_NAMES, chainProject, idsProjectText, nested } from '../support/hostile'
import type { Ids } from '../support/hostile'

const PRESETS = resolve(import.meta.dirname, '../../presets')

/* eslint-disable @typescript-eslint/no-explicit-any -- JSON output and raw project files */

function cli(...argv: string[]) {
  let out = ''
  let err = ''
  const code = run(argv, (s) => { out += s }, (s) => { err += s })
  if (typeof code !== 'number') throw new Error('expected a synchronous run')
  return { code, out, err }
}

/** For `--format xlsx`, which writes its workbook asynchronously. */
async function cliAsync(...argv: string[]) {
  let out = ''
  let err = ''
  const code = await run(argv, (s) => { out += s }, (s) => { err += s })
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

  it('reads the review tier against the AI micro-drama thresholds when the project says it is one', () => {
    // The default preset: every scenario below the general ¥1,000,000; ¥477,290 and ¥389,549.52 are
    // above the AI micro-drama's ¥300,000, ¥269,691.05 below it.
    const project = JSON.parse(readFileSync(join(PRESETS, 'cn-micro-drama.json'), 'utf8')) as any
    const general = JSON.parse(cli(join(PRESETS, 'cn-micro-drama.json'), '--format', 'json').out) as any
    const path = join(dir, 'ai-micro-drama.json')
    writeFileSync(path, JSON.stringify({ ...project, meta: { ...project.meta, aiMicroDrama: true } }))
    const ai = JSON.parse(cli(path, '--format', 'json').out) as any
    expect(general.scenarios.map((s: any) => s.reviewTier)).toEqual(['platform', 'platform', 'platform'])
    expect(ai.scenarios.map((s: any) => s.reviewTier)).toEqual(['provincial', 'provincial', 'platform'])
  })

  it.each(PRESET_LIST.map(p => `${p.id}.json`))('are in the JSON of every scenario of %s', (name) => {
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
  it('prints the exporter\'s rows: lines, tool cost, subtotal, markup and total, one column per scenario', () => {
    const r = cli(FIXTURE_PATH, '--format', 'csv')
    expect(r.code).toBe(0)
    expect(r.err).toBe('')
    // Hand-checked in tests/export/csv.test.ts; the AI column adds up: 12,550.27 + 9,000 + 20,010
    // + 72,000 = 113,560.27, + 11,356.03 = 124,916.30
    expect(r.out).toBe([
      'Section code,Section,Line code,Line,Kind,Quantity,Unit,Count,Rate,Fringe %,Traditional,AI-assisted',
      ',Crew,,Director of photography,labor,8,day,1,3000,12,26880.00,12550.27',
      ',Crew,,Camera package,cost,8,day,1,1500,0,12000.00,9000.00',
      ',Cast,,Lead actress,labor,8,day,1,5000,0,40000.00,20010.00',
      ',AI tools,,AI-generated shots replace part of live-action shooting,tool,,,,,,0.00,72000.00',
      ',,,Subtotal,,,,,,,78880.00,113560.27',
      ',,,Contingency,markup,,,,,,7888.00,11356.03',
      ',,,Total,,,,,,,86768.00,124916.30',
      '',
    ].join('\n'))
  })

  it('keeps one scenario column with --scenario, and quotes cells that need it', () => {
    const doc = fixtureJson() as any
    doc.lines[2].name = 'Camera, "A" unit'
    doc.lines[0].name = '=HYPERLINK("http://x")'
    const r = cli(file('quoted.json', doc), '--format', 'csv', '--scenario', 'baseline')
    expect(r.code).toBe(0)
    const rows = r.out.trimEnd().split('\n')
    expect(rows[0]).toBe('Section code,Section,Line code,Line,Kind,Quantity,Unit,Count,Rate,Fringe %,Traditional')
    expect(rows[1]).toBe(',Crew,,"\'=HYPERLINK(""http://x"")",labor,8,day,1,3000,12,26880.00')
    expect(rows[2]).toBe(',Crew,,"Camera, ""A"" unit",cost,8,day,1,1500,0,12000.00')
    expect(rows).toHaveLength(7) // no tool row: the baseline adopts nothing
  })

  it('starts with a UTF-8 byte-order mark with --bom, and only then', () => {
    const plain = cli(FIXTURE_PATH, '--format', 'csv')
    const bom = cli(FIXTURE_PATH, '--format', 'csv', '--bom')
    expect(bom.code).toBe(0)
    expect(bom.out).toBe(`\uFEFF${plain.out}`)
    expect(plain.out.charCodeAt(0)).not.toBe(0xFEFF)
  })

  it('writes to a file with --out', () => {
    const path = join(dir, 'budget.csv')
    const r = cli(FIXTURE_PATH, '--format', 'csv', '--bom', '--out', path)
    expect([r.code, r.out, r.err]).toEqual([0, '', ''])
    expect(readFileSync(path).subarray(0, 3)).toEqual(Buffer.from([0xEF, 0xBB, 0xBF]))
    expect(readFileSync(path, 'utf8')).toBe(cli(FIXTURE_PATH, '--format', 'csv', '--bom').out)
  })
})

describe('--format xlsx', () => {
  it('writes the workbook to --out, with the engine\'s figures', async () => {
    const path = join(dir, 'budget.xlsx')
    const r = await cliAsync(FIXTURE_PATH, '--format', 'xlsx', '--out', path)
    expect([r.code, r.out, r.err]).toEqual([0, '', ''])
    const wb = new ExcelJS.Workbook()
    await wb.xlsx.readFile(path)
    expect(wb.worksheets.map(ws => ws.name)).toEqual(['Topsheet', 'Detail Traditional', 'Detail AI-assisted'])
    const top = wb.getWorksheet('Topsheet')!
    expect(top.getRow(2).values).toEqual([undefined, 'Code', 'Account', 'Traditional', 'AI-assisted'])
    expect([top.getCell('B8').value, top.getCell('C8').formula, top.getCell('C8').result, top.getCell('D8').result]).toEqual(['Total', 'SUM(C6:C7)', 86768, 124916.3])
  })

  it('keeps one scenario with --scenario', async () => {
    const path = join(dir, 'ai.xlsx')
    expect((await cliAsync(FIXTURE_PATH, '--format', 'xlsx', '--scenario', 'ai', '--out', path)).code).toBe(0)
    const wb = new ExcelJS.Workbook()
    await wb.xlsx.readFile(path)
    expect(wb.worksheets.map(ws => ws.name)).toEqual(['Topsheet', 'Detail AI-assisted'])
  })

  it('refuses to write a workbook to the terminal', () => {
    expectUsageError(cli(FIXTURE_PATH, '--format', 'xlsx'), '--format xlsx needs --out FILE: a workbook is not written to the terminal')
  })

  it('names a file it cannot write, on one line', async () => {
    const path = join(dir, 'no-such-dir', 'budget.xlsx')
    const r = await cliAsync(FIXTURE_PATH, '--format', 'xlsx', '--out', path)
    expect(r.code).toBe(2)
    expect(r.out).toBe('')
    expect(r.err).toMatch(new RegExp(`^budget: cannot write ${path.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: ENOENT[^\n]*\n$`))
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
    expect(r.err).toBe(`${path}: 1 problem; nothing was computed\nnot valid JSON at line 1, column 22: expected a property name in double quotes, found the end of the text\n`)
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
    expect(r.err).toBe(`${path}: 1 problem; nothing was computed\n`
      + 'lines[0].rate: out of range: qty × count × rate = 8 × 1 × 1000000000000000 comes to 8,000,000,000,000,000.00 CNY; '
      + 'the largest amount the engine adds up exactly is 22,517,998,136,852.47 CNY\n')
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
    expectUsageError(cli(FIXTURE_PATH, '--format', 'xml'), '--format must be table, json, csv or xlsx, got "xml"')
  })

  it('names export flags that do not fit', () => {
    expectUsageError(cli(FIXTURE_PATH, '--bom'), '--bom works with --format csv only')
    expectUsageError(cli(FIXTURE_PATH, '--format', 'json', '--bom'), '--bom works with --format csv only')
    expectUsageError(cli(FIXTURE_PATH, '--format', 'xlsx', '--bom', '--out', join(dir, 'x.xlsx')), '--bom works with --format csv only')
    expectUsageError(cli(FIXTURE_PATH, '--format', 'xlsx', '--monte-carlo', '10', '--out', join(dir, 'x.xlsx')), '--monte-carlo works with --format table or json, not xlsx')
    expectUsageError(cli(FIXTURE_PATH, '--format', 'csv', '--out', ''), '--out needs a file name')
    expectUsageError(cli(FIXTURE_PATH, '--format', 'csv', '--out', FIXTURE_PATH), `--out ${FIXTURE_PATH} would overwrite the project file`)
  })

  it('names an unknown --scenario and lists the known ones', () => {
    expectUsageError(cli(FIXTURE_PATH, '--scenario', 'nope'), `no scenario "nope" in ${FIXTURE_PATH}; it has baseline, ai`)
  })

  it('names bad Monte Carlo flags', () => {
    expectUsageError(cli(FIXTURE_PATH, '--monte-carlo', '0'), '--monte-carlo must be a whole number from 1 to 1,000,000, got "0"')
    expectUsageError(cli(FIXTURE_PATH, '--monte-carlo', '1e3'), '--monte-carlo must be a whole number from 1 to 1,000,000, got "1e3"')
    expectUsageError(cli(FIXTURE_PATH, '--monte-carlo', '10', '--seed', 'x'), '--seed must be a whole number from 0 to 9,007,199,254,740,991, got "x"')
    expectUsageError(cli(FIXTURE_PATH, '--seed', '3'), '--seed needs --monte-carlo N or --optimize')
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

  it('writes a workbook with --out, and writes none to the terminal', () => {
    const path = join(dir, 'cmd.xlsx')
    const ok = budget('tests/fixtures/model-example.json', '--format', 'xlsx', '--out', path)
    expect([ok.status, ok.stdout, ok.stderr]).toEqual([0, '', ''])
    expect(readFileSync(path).subarray(0, 2).toString('latin1')).toBe('PK')
    const refused = budget('tests/fixtures/model-example.json', '--format', 'xlsx')
    expect([refused.status, refused.stdout]).toEqual([2, ''])
    expect(refused.stderr.split('\n')[0]).toBe('budget: --format xlsx needs --out FILE: a workbook is not written to the terminal')
  }, 30_000)
})

/**
 * Hostile files and flags (issue 7, part 6): each computes or is refused with `path: message`,
 * exit status 2, no stack trace, in bounded time (the test timeouts).
 */
describe('hostile input', () => {
  const HOSTILE_TIMEOUT = 10_000

  /** No stack frame, and nothing a terminal would obey, in what the user reads. */
  function expectClean(text: string) {
    expect(text).not.toMatch(/^\s+at /m)
    expect(text).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/)
  }

  /** A refusal: status 2, nothing on stdout, the header then these problems on stderr. */
  function expectRefused(r: ReturnType<typeof cli>, path: string, problems: string[]) {
    expect(r.code).toBe(2)
    expect(r.out).toBe('')
    expectClean(r.err)
    const n = problems.length
    expect(r.err.trimEnd().split('\n')).toEqual([`${path}: ${n} problem${n === 1 ? '' : 's'}; nothing was computed`, ...problems])
  }

  const json = (r: ReturnType<typeof cli>) => JSON.parse(r.out) as any

  describe('long chains of phases', () => {
    it.each([
      [7_000, 'forward'],
      [7_000, 'reverse'],
      [50_000, 'forward'],
      [50_000, 'reverse'],
    ] as const)('computes %i chained phases listed %s', (n, order) => {
      const r = cli(file(`chain-${n}-${order}.json`, chainProject(n, order)), '--format', 'json')
      expect(r.code).toBe(0)
      expect(r.err).toBe('')
      expect(json(r).scenarios.map((s: any) => s.calendarDays)).toEqual([n, n - 1])
    }, HOSTILE_TIMEOUT)

    it('refuses a loop through 50,000 phases, naming it briefly', () => {
      const path = file('chain-loop.json', chainProject(50_000, 'forward', true))
      expectRefused(cli(path), path, [
        'phases[0].after: phases wait on each other in a loop: p0 → p49999 → p49998 → p49997 → p49996 → p49995 → p49994 → p49993 → p49992 → … 49,989 more … → p2 → p1 → p0',
      ])
    }, HOSTILE_TIMEOUT)
  })

  describe('ids named like Object.prototype members', () => {
    /** The same project with ordinary ids (written once the temporary folder exists). */
    let ordinary: ReturnType<typeof cli>
    beforeAll(() => { ordinary = cli(file('ids-ordinary.json', idsProjectText(ORDINARY)), '--format', 'json') })
    /** The report without its ids. */
    const figures = (r: ReturnType<typeof cli>) => JSON.stringify(json(r), (k, v: unknown) => (k === 'id' ? undefined : v))

    it.each(PROTO_NAMES)('computes the same figures with every id named %s', (name) => {
      expect(ordinary.code).toBe(0)
      const all = Object.fromEntries(Object.keys(ORDINARY).map(k => [k, name])) as unknown as Ids
      const path = file(`ids-${name}.json`, idsProjectText(all))
      const r = cli(path, '--format', 'json')
      expect(r.code).toBe(0)
      expect(figures(r)).toBe(figures(ordinary))
      // and the scenario named so is found by --scenario; the table computes too
      expect(json(cli(path, '--format', 'json', '--scenario', name)).scenarios[0].total).toBe(json(ordinary).scenarios[1].total)
      expect(cli(path).code).toBe(0)
    })

    it.each(PROTO_NAMES)('refuses a missing lever or scenario named %s', (name) => {
      const path = file(`ids-missing-${name}.json`, idsProjectText(ORDINARY).replace('"adoption": {}', `"adoption": {"${name}": 10}`))
      expectRefused(cli(path), path, [`scenarios[0].adoption.${name}: no lever with id "${name}"`])
      expectUsageError(cli(join(dir, 'ids-ordinary.json'), '--scenario', name),
        `no scenario "${name}" in ${join(dir, 'ids-ordinary.json')}; it has base, ai, full`)
    })
  })

  describe('deep nesting', () => {
    it('refuses an unknown field nested 20,000 levels deep, naming where', () => {
      const doc = fixtureJson() as any
      const text = JSON.stringify(doc).replace('"meta":{', `"meta":{"x-ui":${nested(20_000)},`)
      const path = file('deep.json', text)
      expectRefused(cli(path), path, [
        'meta.x-ui.a.a.a: holds values nested more than 64 levels deep (line 1, column 345); a project file nests at most 64 levels',
      ])
    }, HOSTILE_TIMEOUT)
  })

  describe('Monte Carlo flags', () => {
    it.each([
      [['--monte-carlo', '1000000000'], '--monte-carlo must be a whole number from 1 to 1,000,000, got "1000000000"'],
      [['--monte-carlo', '1000001'], '--monte-carlo must be a whole number from 1 to 1,000,000, got "1000001"'],
      [['--monte-carlo', '-5'], '--monte-carlo must be a whole number from 1 to 1,000,000, got "-5"'],
      [['--monte-carlo=-5'], '--monte-carlo must be a whole number from 1 to 1,000,000, got "-5"'],
      [['--monte-carlo', 'abc'], '--monte-carlo must be a whole number from 1 to 1,000,000, got "abc"'],
      [['--monte-carlo', '1.5'], '--monte-carlo must be a whole number from 1 to 1,000,000, got "1.5"'],
      [['--monte-carlo', ''], '--monte-carlo must be a whole number from 1 to 1,000,000, got ""'],
      [['--monte-carlo'], '--monte-carlo needs a value'],
      [['--monte-carlo', '--seed', '3'], '--monte-carlo needs a value'],
      [['--monte-carlo', '10', '--seed', '-1'], '--seed must be a whole number from 0 to 9,007,199,254,740,991, got "-1"'],
      [['--monte-carlo', '10', '--seed', '1.5'], '--seed must be a whole number from 0 to 9,007,199,254,740,991, got "1.5"'],
      [['--monte-carlo', '10', '--seed', '9007199254740992'], '--seed must be a whole number from 0 to 9,007,199,254,740,991, got "9007199254740992"'],
      [['--scenario', '-x'], `no scenario "-x" in ${FIXTURE_PATH}; it has baseline, ai`],
    ])('%j says what is wrong', (flags, reason) => {
      expectUsageError(cli(FIXTURE_PATH, ...flags), reason)
    })

    it('accepts the largest seed and 1,000,000 as a count', () => {
      const r = cli(FIXTURE_PATH, '--format', 'json', '--monte-carlo', '20', '--seed', '9007199254740991')
      expect(r.code).toBe(0)
      expect(json(r).scenarios[0].monteCarlo.seed).toBe(9007199254740991)
      // (a million iterations are not run here: the count is only checked)
      expect(() => cli(FIXTURE_PATH, '--monte-carlo', '1000000', '--format', 'csv')).not.toThrow()
    })
  })

  describe('text that a terminal would obey', () => {
    it('reads a file that starts with a byte-order mark', () => {
      const r = cli(file('bom.json', `\uFEFF${JSON.stringify(fixtureJson())}`), '--format', 'json')
      expect(r.code).toBe(0)
      expect(json(r).scenarios[1].total).toBe(124916.3)
    })

    it('shows escape sequences in names, ids and titles as visible text in the table', () => {
      const doc = fixtureJson() as any
      doc.meta.title = '\u001b]0;pwned\u0007Title\u001b[2J'
      doc.sections[0].name = 'Crew\u001b[31m red\u001b[0m\nsecond line'
      doc.scenarios[1].name = 'AI \u009b31m\u202eevil'
      doc.levers[0].name = 'Lever\rover'
      doc.phases[0].name = 'Script\u0000'
      const r = cli(file('ansi.json', doc))
      expect(r.code).toBe(0)
      expectClean(r.out)
      expect(r.out).toMatch(/^\\x1b\]0;pwned\\x07Title\\x1b\[2J — CNY/)
      expect(r.out).toContain('  Crew\\x1b[31m red\\x1b[0m\\nsecond line ')
      expect(r.out).toContain('AI \\x9b31m\\u202eevil [ai]')
      expect(r.out).toContain('Lever\\rover')
      expect(r.out).toContain('Script\\x00 20d')
      // JSON output stays valid JSON with the same text, every such character escaped
      const j = cli(file('ansi.json', doc), '--format', 'json')
      expectClean(j.out)
      expect(json(j).scenarios[1].name).toBe('AI \u009b31m\u202eevil')
      expect(j.out).toContain('"AI \\u009b31m\\u202eevil"')
    })

    it('shows them harmlessly in error messages that quote the file', () => {
      const doc = fixtureJson() as any
      doc.scenarios[1].adoption['\u001b[2J'] = 5
      doc.lines[0].section = 'crew\u001b[8m'
      const path = file('ansi-bad.json', doc)
      expectRefused(cli(path), path, [
        'lines[0].section: no section with id "crew\\x1b[8m"',
        'scenarios[1].adoption["\\u001b[2J"]: no lever with id "\\x1b[2J"',
      ])
      const badScenario = cli(FIXTURE_PATH, '--scenario', '\u001b[2J')
      expectClean(badScenario.err)
      expect(badScenario.err).toContain('no scenario "\\x1b[2J"')
    })
  })

  describe('every problem at once', () => {
    it('lists every problem of a scenario\'s overrides', () => {
      const doc = fixtureJson() as any
      const o = doc.scenarios[1].overrides
      o.episodes = -1
      o.lines.dp.rate = -2800
      o.lines.nobody = { rate: 1 }
      o.phases.ghost = { days: 1 }
      doc.scenarios[1].adoption.nope = 5
      const path = file('overrides.json', doc)
      expectRefused(cli(path), path, [
        'scenarios[1].overrides.episodes: must be a whole number ≥ 0',
        'scenarios[1].overrides.lines.dp.rate: must be a number ≥ 0',
        'scenarios[1].adoption.nope: no lever with id "nope"',
        'scenarios[1].overrides.phases.ghost: no phase with id "ghost"',
        'scenarios[1].overrides.lines.nobody: no line with id "nobody"',
      ])
    })

    it('names every line out of range, 20 of them then how many more', () => {
      const doc = fixtureJson() as any
      for (let i = 0; i < 40; i++) doc.lines.push({ ...doc.lines[2], id: `x${i}` })
      for (const l of doc.lines) l.rate = 1e308
      doc.levers[0].toolCost.amount = 1e308
      const path = file('1e308.json', doc)
      const over = (i: number) => `lines[${i}].rate: out of range: qty × count × rate = 8 × 1 × 1e+308 comes to more than any number; the largest amount the engine adds up exactly is 22,517,998,136,852.47 CNY`
      expectRefused(cli(path, '--format', 'json'), path, [...Array.from({ length: 20 }, (_, i) => over(i)), 'and 24 more out of range'])
    }, HOSTILE_TIMEOUT)
  })

  describe('size', () => {
    it('refuses a file over 20 MB by its size, without reading it all', () => {
      const doc = fixtureJson() as any
      doc.meta.notes = 'x'.repeat(20_000_000)
      const path = file('huge-text.json', doc)
      expectRefused(cli(path), path, ['the file is 20 MB (20,001,790 bytes); a project file may be at most 20 MB (20,000,000 bytes)'])
    }, HOSTILE_TIMEOUT)

    it.runIf(existsSync('/dev/zero'))('stops reading a device that never ends', () => {
      expectRefused(cli('/dev/zero'), '/dev/zero', ['the file holds more than 20,000,000 bytes, the most a project file may hold'])
    }, HOSTILE_TIMEOUT)

    it('reads 10 MB of text', () => {
      const doc = fixtureJson() as any
      doc.meta.notes = 'x'.repeat(10_000_000)
      const r = cli(file('ten-mb.json', doc), '--format', 'json')
      expect(r.code).toBe(0)
      expect(json(r).scenarios[1].total).toBe(124916.3)
    }, HOSTILE_TIMEOUT)

    it('refuses a valid file too large to compute in reasonable time', () => {
      // 2,000 markups shared among 2,000 levers by 2,000 sections: hours of work, not figures
      const doc = fixtureJson() as any
      doc.sections = Array.from({ length: 2_000 }, (_, i) => ({ id: i === 0 ? 'crew' : i === 1 ? 'cast' : i === 2 ? 'ai' : `s${i}`, name: '' }))
      doc.markups = Array.from({ length: 2_000 }, (_, i) => ({ id: `m${i}`, name: '', percent: 1 }))
      doc.levers = Array.from({ length: 2_000 }, (_, i) => ({ id: `v${i}`, name: '', targets: { kinds: ['labor'] }, reduction: { low: 1, likely: 1, high: 1 } }))
      doc.scenarios[1].adoption = { v0: 50 }
      const path = file('workload.json', doc)
      expectRefused(cli(path), path, [
        'scenarios: too many to compute: 2 scenarios × 2,000 markups × 2,000 levers × 2,000 sections = 16,000,000,000, more than the 200,000,000 this tool computes',
      ])
    }, HOSTILE_TIMEOUT)

    it('reports a fault of its own in one line, without a stack trace', () => {
      let err = ''
      const code = run([FIXTURE_PATH], () => { throw new TypeError('cannot write \u001b[2J') }, (s) => { err += s })
      expect(code).toBe(1)
      expect(err).toBe('budget: unexpected error (a fault of this tool, not of the file; please report it): cannot write \\x1b[2J\n')
    })

    it('refuses a folder', () => {
      expectUsageError(cli(dir), `${dir} is a folder, not a project file`)
    })
  })

  describe('as a real command', () => {
    const root = resolve(import.meta.dirname, '../..')
    const tsx = join(root, 'node_modules/.bin/tsx')
    const budget = (...args: string[]) => spawnSync(tsx, ['src/cli/main.ts', ...args], { cwd: root, encoding: 'utf8', timeout: HOSTILE_TIMEOUT, maxBuffer: 64 << 20 })

    it('computes 50,000 phases chained in reverse, with the default stack', () => {
      const r = budget(file('cmd-chain.json', chainProject(50_000, 'reverse')), '--format', 'json')
      expectClean(r.stderr)
      expect(r.status).toBe(0)
      expect((JSON.parse(r.stdout) as any).scenarios[0].calendarDays).toBe(50_000)
    }, HOSTILE_TIMEOUT)

    it('refuses 20,000 levels of nesting and 1e308 rates with status 2 and no stack trace', () => {
      const deep = budget(file('cmd-deep.json', JSON.stringify(fixtureJson()).replace('"meta":{', `"meta":{"x":${nested(20_000)},`)))
      expect(deep.status).toBe(2)
      expectClean(deep.stderr)
      expect(deep.stderr).toContain('meta.x.a.a.a: holds values nested more than 64 levels deep')
      const doc = fixtureJson() as any
      doc.lines[1].rate = 1e308
      const huge = budget(file('cmd-1e308.json', doc))
      expect(huge.status).toBe(2)
      expectClean(huge.stderr)
      expect(huge.stderr).toContain('lines[1].rate: out of range')
    }, HOSTILE_TIMEOUT)

    it('ends quietly when its reader stops reading', () => {
      const r = spawnSync('sh', ['-c', `"${tsx}" src/cli/main.ts "${file('cmd-chain-csv.json', chainProject(7_000, 'forward'))}" | head -c 10`], { cwd: root, encoding: 'utf8', timeout: HOSTILE_TIMEOUT })
      expect(r.status).toBe(0)
      expect(r.stdout).toBe('Chain of 7')
      expectClean(r.stderr)
      expect(r.stderr).toBe('')
    }, HOSTILE_TIMEOUT)
  })
})
