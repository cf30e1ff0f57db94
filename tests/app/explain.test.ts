/**
 * The explanation of a figure: hand-computed on the MODEL.md example, then as a property over every
 * preset (every section, markup, total and ratio of every scenario) and over generated projects:
 * the parts add up to the figure to the minor unit, and every product rounds to its amount.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { checkExplanation, explainFigure, leversOf } from '@/app/explain'
import type { Figure, LineExplanation, SectionExplanation, TotalExplanation } from '@/app/explain'
import { computeProject } from '@/engine/compute'
import type { Project } from '@/engine/types'
import { fixtureProject } from '../support/builders'
import { presetIds, presetProject } from '../support/browser'
import { projectArb } from '../support/arbitraries'

/** Every figure of every scenario, explained and checked; returns how many were checked. */
function checkAll(project: Project): number {
  const computed = computeProject(project)
  let n = 0
  for (const { result } of computed.scenarios) {
    const figures: Figure[] = [
      { kind: 'total' },
      { kind: 'subtotal' },
      ...result.sections.map(s => ({ kind: 'section' as const, id: s.id })),
      ...result.markups.map(m => ({ kind: 'markup' as const, id: m.id })),
      ...(result.perEpisode === null ? [] : [{ kind: 'perEpisode' as const }]),
      ...(result.perMinute === null ? [] : [{ kind: 'perMinute' as const }]),
    ]
    for (const figure of figures) {
      const e = explainFigure(project, result.id, result, figure)
      expect(checkExplanation(e), `${result.id} ${JSON.stringify(figure)}`).toEqual([])
      // The explanation is of the figure shown.
      const shown = figure.kind === 'total'
        ? result.total
        : figure.kind === 'subtotal'
          ? result.subtotal
          : figure.kind === 'section'
            ? result.sections.find(s => s.id === figure.id)!.amount
            : figure.kind === 'markup' ? result.markups.find(m => m.id === figure.id)!.amount : figure.kind === 'perEpisode' ? result.perEpisode : result.perMinute
      expect(e.amount).toBe(shown)
      n++
    }
  }
  return n
}

describe('explaining a figure: the MODEL.md example, AI-assisted', () => {
  const project = fixtureProject()
  const result = computeProject(project).scenarios[1]!.result

  it('traces the DP line to 6 shoot days × 1 × 2,800 × (1 − 100 % × 33.3 %), plus 12 % fringe', () => {
    const crew = explainFigure(project, 'ai', result, { kind: 'section', id: 'crew' }) as SectionExplanation
    const dp = crew.lines.find(l => l.id === 'dp')!
    // Given the scenario's 7 planned shoot days, cut by 25 % at full adoption: ceil(5.25) = 6
    expect(dp.basis).toEqual({ kind: 'phase', phase: 'shoot', planned: 7, days: 6, cuts: [{ lever: 'ai-live-action', adoption: 1, cut: 0.25 }], times: 1 })
    expect([dp.qty, dp.count, dp.rate]).toEqual([6, 1, 2800])
    expect(dp.levers).toEqual([{ lever: 'ai-live-action', adoption: 1, reduction: 33.3 / 100, value: 1 - 33.3 / 100 }])
    // 6 × 2,800 × 0.667 = 11,205.60; fringe 12 % = 1,344.672 → 1,344.67
    expect(dp.cost).toBe(1_120_560)
    expect(dp.fringe).toBe(134_467)
    expect(dp.amount).toBe(1_255_027)
    // The camera package is not targeted: only the shoot-day cut touches it
    const camera = crew.lines.find(l => l.id === 'camera')!
    expect(camera.levers).toEqual([])
    expect(camera.amount).toBe(900_000)
    expect(crew.amount).toBe(1_255_027 + 900_000)
    expect(leversOf(crew)).toEqual(['ai-live-action'])
  })

  it('shows the AI tools as adoption × price × finished minutes', () => {
    const ai = explainFigure(project, 'ai', result, { kind: 'section', id: 'ai' }) as SectionExplanation
    expect(ai.lines).toEqual([])
    // 100 % × 800 × (60 episodes × 1.5 min) = 72,000.00
    expect(ai.tools).toEqual([{ kind: 'tool', lever: 'ai-live-action', amount: 7_200_000, adoption: 1, price: 800, per: 'minute', units: 90, takes: null, exact: 7_200_000 }])
  })

  it('multiplies the AI tools by the likely takes when the lever has them', () => {
    const withTakes = structuredClone(project)
    withTakes.levers![0]!.toolCost!.takes = { low: 2, likely: 4, high: 8 }
    const r = computeProject(withTakes).scenarios.find(c => c.result.id === 'ai')!.result
    const ai = explainFigure(withTakes, 'ai', r, { kind: 'section', id: 'ai' }) as SectionExplanation
    // 100 % × 800 × 90 finished minutes × 4 takes = 288,000.00
    expect(ai.tools).toEqual([{ kind: 'tool', lever: 'ai-live-action', amount: 28_800_000, adoption: 1, price: 800, per: 'minute', units: 90, takes: 4, exact: 28_800_000 }])
  })

  it('adds the total up from sections and the contingency, to the fen', () => {
    const total = explainFigure(project, 'ai', result, { kind: 'total' }) as TotalExplanation
    expect(total.subtotal.sections.map(s => s.amount)).toEqual([2_155_027, 2_001_000, 7_200_000])
    expect(total.subtotal.amount).toBe(11_356_027)
    // 10 % of 113,560.27 = 11,356.027 → 11,356.03
    expect(total.markups).toEqual([{ kind: 'markup', id: 'contingency', amount: 1_135_603, percent: 10, all: true, covers: [{ id: 'crew', amount: 2_155_027 }, { id: 'cast', amount: 2_001_000 }, { id: 'ai', amount: 7_200_000 }], base: 11_356_027, exact: 1_135_602.7 }])
    expect(total.amount).toBe(12_491_630)
    expect(checkExplanation(total)).toEqual([])
  })

  it('divides the total by the 60 episodes of the scenario for the per-episode figure', () => {
    const e = explainFigure(project, 'ai', result, { kind: 'perEpisode' })
    expect(e).toMatchObject({ kind: 'perEpisode', divisor: 60, amount: Math.round(12_491_630 / 60) })
  })

  it('finds a figure that does not add up', () => {
    const total = explainFigure(project, 'ai', result, { kind: 'total' }) as TotalExplanation
    const dp = total.subtotal.sections[0]!.lines[0] as LineExplanation
    dp.fringe += 1
    expect(checkExplanation(total)).toEqual([
      'section crew, line dp: fringe 134467 ≠ 134468',
      'section crew, line dp: 1120560 + 134468 ≠ 1255027',
    ])
  })
})

describe('explaining a figure: every figure adds up', () => {
  it.each(presetIds())('%s: every section, markup, subtotal, total and ratio of every scenario', (id) => {
    expect(checkAll(presetProject(id))).toBeGreaterThan(20)
  })

  it('generated projects (overrides, phase cuts, fringes, tools, markups over some sections)', () => {
    fc.assert(fc.property(projectArb(), (project) => {
      checkAll(project)
    }), { numRuns: 60 })
  })
})
