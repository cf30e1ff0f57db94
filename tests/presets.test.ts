import { readFileSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { run } from '../src/cli/main'
import { computeProject } from '../src/engine/compute'
import { formatProblem, parseProject, parseProjectText } from '../src/engine/validate'
import type { Lever, Project } from '../src/engine/types'
import { addLever } from '../src/stores/edits'
import { PRESETS } from '../src/app/presetList'

const DIR = join(import.meta.dirname, '..', 'presets')
/** presets/ also holds the lever library and the review-tier thresholds, which are not projects. */
const NOT_PROJECTS = ['levers.json', 'review-tier.json']
const files = readdirSync(DIR).filter(f => f.endsWith('.json') && !NOT_PROJECTS.includes(f))
// Every project file is a preset the app offers, and the reverse
it('the app offers every preset in presets/', () => expect(files.map(f => f.replace(/\.json$/, '')).sort()).toEqual(PRESETS.map(p => p.id).sort()))
const library = (JSON.parse(readFileSync(join(DIR, 'levers.json'), 'utf8')) as { levers: (Lever & { toolCostAmounts?: Record<string, number> })[] }).levers
/** The levers whose tool cost is a price per generation, to be multiplied by `takes`. */
const GENERATION = ['ai-live-action', 'ai-vfx', 'ai-animation', 'ai-full-generation']

function load(file: string): Project {
  const parsed = parseProjectText(readFileSync(join(DIR, file), 'utf8'))
  if (!parsed.ok) throw new Error(`${file}: ${parsed.problems.map(formatProblem).join('; ')}`)
  return parsed.project
}

/**
 * The intended totals: every tool cost with `takes` counts `amount × takes.likely` (MODEL.md §2.7). The
 * takes are folded into the amount, so the figures are the same whether or not the engine multiplies by takes.
 */
function withTakes(p: Project): Project {
  for (const l of p.levers ?? []) {
    if (!l.toolCost?.takes) continue
    l.toolCost.amount *= l.toolCost.takes.likely
    delete l.toolCost.takes
  }
  return p
}

function totals(file: string): Record<string, { total: number, days: number }> {
  const r = computeProject(withTakes(load(file)))
  return Object.fromEntries(r.scenarios.map(c => [c.result.id, { total: c.result.total / 100, days: c.result.calendarDays }]))
}

describe('presets', () => {
  it('are the five the product promises, and every one validates', () => {
    expect(files.sort()).toEqual(['ai-animated-short.json', 'cn-custom-drama.json', 'cn-micro-drama-plan.json', 'cn-micro-drama.json', 'cn-premium-drama.json', 'us-vertical-drama.json'])
    for (const f of files) expect(() => load(f)).not.toThrow()
  })

  it.each(files)('%s: a sourced project with crew, cast, shooting and post lines, a contingency and 2–3 scenarios', (file) => {
    const p = load(file)
    expect(p.meta.sources?.length).toBeGreaterThan(3)
    for (const s of ['crew', 'post', 'ai']) expect(p.sections.map(x => x.id)).toContain(s)
    expect(p.markups?.map(m => m.id)).toContain('contingency')
    expect(p.scenarios.length).toBeGreaterThanOrEqual(2)
    expect(p.scenarios.length).toBeLessThanOrEqual(3)
    expect(p.scenarios[0]!.baseline).toBe(true)
    expect(p.phases.map(x => x.id)).toEqual(['script', 'prep', 'shoot', 'post'])
    // Every AI scenario costs less than the baseline
    const t = totals(file)
    for (const s of p.scenarios.slice(1)) expect(t[s.id]!.total).toBeLessThan(t[p.scenarios[0]!.id]!.total)
  })

  it('land where the sources put them', () => {
    // Chinese micro-drama: ¥400–500k for 80 × 1.5 min shot in 7–8 days
    const micro = load('cn-micro-drama.json')
    expect([micro.meta.episodes, micro.meta.minutesPerEpisode, micro.phases[2]!.days]).toEqual([80, 1.5, 8])
    expect(totals('cn-micro-drama.json').baseline!.total).toBeGreaterThanOrEqual(400_000)
    expect(totals('cn-micro-drama.json').baseline!.total).toBeLessThanOrEqual(500_000)
    // Custom micro-drama: ¥550–750k shot in 8–10 days (星島頭條 2026-01-20), between ¥600k and ¥1M
    const custom = load('cn-custom-drama.json')
    expect([custom.meta.episodes, custom.meta.minutesPerEpisode, custom.phases[2]!.days]).toEqual([80, 2, 10])
    expect(totals('cn-custom-drama.json').baseline!.total).toBeGreaterThanOrEqual(600_000)
    expect(totals('cn-custom-drama.json').baseline!.total).toBeLessThanOrEqual(750_000)
    // Premium: about ¥3M, about 80 episodes, 17 shoot days
    const premium = load('cn-premium-drama.json')
    expect(premium.phases[2]!.days).toBe(17)
    expect(totals('cn-premium-drama.json').baseline!.total).toBeGreaterThan(2_700_000)
    expect(totals('cn-premium-drama.json').baseline!.total).toBeLessThan(3_300_000)
    // US vertical drama: $150–200k, about 70 × 90 s, 8 shoot days
    const us = load('us-vertical-drama.json')
    expect([us.meta.currency, us.phases[2]!.days]).toEqual(['USD', 8])
    expect(totals('us-vertical-drama.json').baseline!.total).toBeGreaterThanOrEqual(150_000)
    expect(totals('us-vertical-drama.json').baseline!.total).toBeLessThanOrEqual(200_000)
    // AI-animated short: about 100 finished minutes; the aggressive AI scenario in ¥100–150k
    const anim = load('ai-animated-short.json')
    expect(anim.meta.episodes * anim.meta.minutesPerEpisode).toBeGreaterThanOrEqual(90)
    const aggressive = totals('ai-animated-short.json')['ai-aggressive']!.total
    expect(aggressive).toBeGreaterThanOrEqual(100_000)
    expect(aggressive).toBeLessThanOrEqual(150_000)
  })

  it.each(files)('%s: every section and line has an account code of its chart, each line its own', (file) => {
    const p = load(file)
    const us = p.meta.currency === 'USD'
    // US: four-digit accounts in the American film style, lines numbered within their account
    // (1401); China: two-digit accounts, lines as 01.01 (see presets/README.md)
    const section = us ? /^\d{2}00$/ : /^\d{2}$/
    const line = us ? /^\d{4}$/ : /^\d{2}\.\d{2}$/
    for (const s of p.sections) expect(s.code, s.id).toMatch(section)
    for (const l of p.lines) {
      expect(l.code, l.id).toMatch(line)
      if (us) expect(l.code!.endsWith('00'), l.id).toBe(false)
    }
    const codes = p.lines.map(l => l.code)
    expect(new Set(codes).size).toBe(codes.length)
  })

  it('share one chart: a role has the same code in every Chinese preset', () => {
    const chinese = files.filter(f => load(f).meta.currency === 'CNY')
    const byId = new Map<string, Set<string>>()
    for (const f of chinese) for (const l of load(f).lines) byId.set(l.id, (byId.get(l.id) ?? new Set()).add(l.code!))
    for (const [id, codes] of byId) expect([id, [...codes]]).toEqual([id, [[...codes][0]]])
    const code = (f: string, id: string) => load(f).lines.find(l => l.id === id)?.code
    expect([code('cn-micro-drama.json', 'screenplay'), code('cn-micro-drama.json', 'director'), code('cn-premium-drama.json', 'leads'), code('ai-animated-short.json', 'editing')])
      .toEqual(['01.01', '04.16', '03.01', '07.01'])
    expect([code('us-vertical-drama.json', 'screenplay'), code('us-vertical-drama.json', 'director'), code('us-vertical-drama.json', 'leads'), code('us-vertical-drama.json', 'dp'), code('us-vertical-drama.json', 'editing')])
      .toEqual(['1101', '2005', '1401', '2301', '5101'])
  })

  it.each([...files, 'levers.json'])('%s: every lever\'s source note has its Chinese alongside', (file) => {
    const doc = JSON.parse(readFileSync(join(DIR, file), 'utf8')) as { levers?: { id: string, source?: { note?: string, l10n?: Record<string, { note?: string }> } }[] }
    for (const l of doc.levers ?? []) {
      if (!l.source?.note) continue
      const zh = l.source.l10n?.['zh-CN']?.note ?? ''
      expect([l.id, /[\u4e00-\u9fff]/.test(zh)]).toEqual([l.id, true])
    }
  })

  it.each(files)('%s: every line\'s code sits under its section\'s code', (file) => {
    const p = load(file)
    const sectionCode = new Map(p.sections.map(s => [s.id, s.code!]))
    // China: 04 → 04.xx; US: 1400 → 14xx, and a whole series 2000 → 2xxx.
    const prefix = (code: string) => (/^\d000$/.test(code) ? code[0]! : /^\d{2}00$/.test(code) ? code.slice(0, 2) : `${code}.`)
    for (const l of p.lines) expect([l.id, l.code!.startsWith(prefix(sectionCode.get(l.section)!))]).toEqual([l.id, true])
  })

  it.each(files)('%s: `npm run budget` prints a topsheet for every scenario', (file) => {
    let out = ''
    let err = ''
    const code = run([join(DIR, file)], s => { out += s }, s => { err += s })
    expect([code, err]).toEqual([0, ''])
    const p = load(file)
    expect(out.match(/^ {2}TOTAL/gm)).toHaveLength(p.scenarios.length)
    expect(out.match(/Change vs baseline/g)).toHaveLength(p.scenarios.length - 1)
  })
})

describe('lever library', () => {
  it('holds the one-third live-action labor saving with its range and source', () => {
    const l = library.find(x => x.id === 'ai-live-action')!
    expect(l.reduction).toEqual({ low: 10, likely: 33.3, high: 50 })
    expect(l.targets).toEqual({ kinds: ['labor'], tags: ['on-set'] })
    expect(l.source?.title).toBeTruthy()
  })

  it.each(library.map(l => [l.id, l] as const))('%s: sourced, ordered ranges, priced in CNY and USD', (_id, l) => {
    expect(l.source?.title).toBeTruthy()
    expect(l.source?.note).toBeTruthy()
    for (const r of [l.reduction, ...Object.values(l.phaseDays ?? {})]) {
      if (r) expect(r.low <= r.likely && r.likely <= r.high).toBe(true)
    }
    if (l.toolCost) expect(Object.keys(l.toolCostAmounts ?? {}).sort()).toEqual(['CNY', 'USD'])
  })

  it.each(GENERATION)('%s: priced per generation of a finished minute, with a range of takes', (id) => {
    const l = library.find(x => x.id === id)!
    expect(l.toolCost).toMatchObject({ per: 'minute', section: 'ai' })
    const t = l.toolCost!.takes!
    expect(t.low > 0 && t.low <= t.likely && t.likely <= t.high).toBe(true)
    // CNY and USD are the same price at the rate the note states (7.02 CNY per US$), to rounding
    const { CNY, USD } = l.toolCostAmounts!
    expect(Math.abs(CNY! - USD! * 7.02) / CNY!).toBeLessThan(0.01)
    expect(l.source?.url).toBeTruthy()
    expect(l.source?.note).toMatch(/7\.02/)
  })

  it('the presets use the library\'s generation prices and takes, in their own currency', () => {
    for (const f of files) {
      const p = load(f)
      for (const l of p.levers ?? []) {
        const lib = library.find(x => x.id === l.id)
        if (!lib?.toolCost || !GENERATION.includes(l.id)) continue
        expect([f, l.id, l.toolCost!.amount]).toEqual([f, l.id, lib.toolCostAmounts![p.meta.currency]])
        expect([f, l.id, l.toolCost!.takes]).toEqual([f, l.id, lib.toolCost.takes])
      }
    }
  })

  it('every library lever can be added to every preset and the result is a valid project', () => {
    for (const f of files) {
      let p = load(f)
      const had = (p.levers ?? []).filter(x => x.id.startsWith('ai-live-action')).length
      for (const l of library) p = addLever(p, l).project
      const parsed = parseProject(p)
      expect(parsed.ok ? [] : parsed.problems.map(formatProblem)).toEqual([])
      // A lever already there is added under a fresh id; tool costs take the project's currency
      const added = p.levers!.filter(x => x.id.startsWith('ai-live-action'))
      expect(added.length).toBe(had + 1)
      expect(added.at(-1)!.toolCost!.amount).toBe(library.find(x => x.id === 'ai-live-action')!.toolCostAmounts![p.meta.currency])
    }
  })
})

describe('review tier', () => {
  interface Tier { from: string, provincial: number, national: number, currency: string, source: { title: string, url?: string, note?: string } }
  const tiers = JSON.parse(readFileSync(join(DIR, 'review-tier.json'), 'utf8')) as {
    thresholds: Tier[], aiThresholds: Tier[], specialSubjects: { note: string, source: Tier['source'] }
  }

  it.each(['thresholds', 'aiThresholds'] as const)('%s: dated, in order, sourced, provincial below national', (key) => {
    const list = tiers[key]
    expect(list.length).toBeGreaterThan(0)
    expect(list.map(t => t.from)).toEqual([...list.map(t => t.from)].sort())
    for (const t of list) {
      expect(t.from).toMatch(/^\d{4}-\d{2}-\d{2}$/)
      expect(t.currency).toBe('CNY')
      expect(0 < t.provincial && t.provincial < t.national).toBe(true)
      expect([t.source.title, t.source.url, t.source.note].every(Boolean)).toBe(true)
    }
  })

  it('holds the bounds MODEL.md §5 uses: CNY 1M / 3M since 2026-01-01, CNY 300k / 1M before', () => {
    const at = (day: string) => tiers.thresholds.filter(t => t.from <= day).at(-1)!
    expect([at('2025-12-31').provincial, at('2025-12-31').national]).toEqual([300_000, 1_000_000])
    expect([at('2026-01-01').provincial, at('2026-01-01').national]).toEqual([1_000_000, 3_000_000])
  })

  it('says that special subjects go to the national level, with a source', () => {
    expect(tiers.specialSubjects.note).toMatch(/national|NRTA/)
    expect(tiers.specialSubjects.source.url).toBeTruthy()
  })
})
