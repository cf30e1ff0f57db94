/**
 * Round trip: a project exported by the app's own CSV and XLSX exporters imports back to the same
 * figures: every line's amount, each section's, each markup's, the subtotal and the total, and
 * every subtotal and total row of the sheet agrees with the project made from it.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { computeProject } from '../../src/engine/compute'
import type { ScenarioResult } from '../../src/engine/compute'
import type { Line, Project } from '../../src/engine/types'
import { budgetCsv, budgetXlsx } from '../../src/export'
import type { SheetImport } from '../../src/import'
import { importFile } from '../../src/import/read'

/** Projects as the exporters see them: sections with codes, lines of every kind, fringes, markups. */
const projectArb: fc.Arbitrary<Project> = fc.record({
  sections: fc.integer({ min: 1, max: 4 }),
  lines: fc.array(fc.record({
    section: fc.nat(3),
    kind: fc.constantFrom<'labor' | 'cost'>('labor', 'cost'),
    qty: fc.integer({ min: 0, max: 400 }).map(x => x / 2),
    count: fc.integer({ min: 0, max: 6 }),
    rate: fc.integer({ min: 0, max: 5_000_000 }).map(x => x / 100),
    fringe: fc.option(fc.constantFrom('social', 'union'), { nil: undefined }),
    code: fc.option(fc.integer({ min: 1000, max: 9999 }).map(String), { nil: undefined }),
  }), { minLength: 1, maxLength: 12 }),
  markups: fc.array(fc.integer({ min: 0, max: 200 }).map(x => x / 10), { maxLength: 2 }),
  social: fc.integer({ min: 0, max: 400 }).map(x => x / 10),
}).map(({ sections, lines, markups, social }): Project => ({
  schemaVersion: 1,
  meta: { title: 'Round trip', currency: 'CNY', locale: 'en-US', episodes: 60, minutesPerEpisode: 2 },
  phases: [{ id: 'shoot', name: 'Shooting', days: 8 }],
  sections: Array.from({ length: sections }, (_, i) => ({ id: `s${i}`, name: `Department ${i}`, code: `${i + 1}000` })),
  fringes: [{ id: 'social', name: 'Social', percent: social }, { id: 'union', name: 'Union', percent: 12 }],
  lines: lines.map((l, j): Line => ({
    id: `l${j}`, section: `s${l.section % sections}`, name: `Item ${j}`, kind: l.kind, qty: l.qty, unit: 'day', count: l.count, rate: l.rate,
    ...(l.kind === 'labor' && l.fringe ? { fringes: [l.fringe] } : {}),
    ...(l.code ? { code: l.code } : {}),
  })),
  markups: markups.map((percent, k) => ({ id: `m${k}`, name: `Contingency ${k}`, percent })),
  scenarios: [{ id: 'baseline', name: 'Traditional', baseline: true, adoption: {} }],
}))

/** Figures by name: each line's and non-empty section's amount, each markup's, subtotal and total. */
function figures(project: Project, r: ScenarioResult) {
  const sectionName = new Map(project.sections.map(s => [s.id, s.name]))
  return {
    lines: r.lines.map((l, j) => `${project.lines[j]!.name}: ${l.amount}`),
    sections: r.sections.filter(s => project.lines.some(l => l.section === s.id)).map(s => `${sectionName.get(s.id)}: ${s.amount}`),
    markups: r.markups.map(m => m.amount),
    subtotal: r.subtotal,
    total: r.total,
  }
}

function expectSameFigures(original: Project, imported: SheetImport) {
  const before = computeProject(original).scenarios[0]!.result
  const after = computeProject(imported.project).scenarios[0]!.result
  expect(figures(imported.project, after)).toEqual(figures(original, before))
  expect(imported.project.lines.map(l => l.code)).toEqual(original.lines.map(l => l.code))
  expect(imported.project.lines.map(l => l.kind)).toEqual(original.lines.map(l => l.kind))
  expect(imported.rows.filter(x => x.as === 'problem')).toEqual([])
  for (const c of imported.check.checks) expect(c.sheet, `row ${c.row} ${c.label}`).toBe(c.computed)
  expect(imported.check.lines).toEqual([])
  expect(imported.check.markups).toEqual([])
}

/** Lines in section order, as both exporters write them, so that line names line up. */
function bySection(p: Project): Project {
  const lines = p.sections.flatMap(s => p.lines.filter(l => l.section === s.id))
  return { ...p, lines: lines.map((l, j) => ({ ...l, name: `Item ${j}` })) }
}

describe('round trip through the app\'s own exports', () => {
  it('CSV: the same figures', async () => {
    await fc.assert(fc.asyncProperty(projectArb.map(bySection), async (project) => {
      const csv = budgetCsv(project, computeProject(project), { bom: true })
      const r = await importFile('export.csv', new TextEncoder().encode(csv), { currency: 'CNY' })
      if (!r.ok) throw new Error(JSON.stringify(r))
      expectSameFigures(project, r)
    }), { numRuns: 60 })
  }, 30_000)

  it('XLSX (a detail sheet): the same figures', async () => {
    await fc.assert(fc.asyncProperty(projectArb.map(bySection), async (project) => {
      const bytes = await budgetXlsx(project, computeProject(project))
      const r = await importFile('export.xlsx', bytes)
      if (!r.ok) throw new Error(JSON.stringify(r))
      expect(r.sheet).toBe('Detail Traditional') // the topsheet has no line columns
      expect(r.currency).toMatchObject({ code: 'CNY', from: 'sheet' })
      expectSameFigures(project, r)
    }), { numRuns: 20 })
  }, 60_000)
})
