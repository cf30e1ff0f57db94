import { describe, expect, it } from 'vitest'
import { leverLineEffects } from '@/app/leverEffect'
import * as edits from '@/stores/edits'
import { presetProject } from '../support/browser'
import { fixtureProject } from '../support/builders'

describe('a lever’s effect on its own lines', () => {
  it('the MODEL.md example: −33.3 % and a quarter of the shoot days cut come to −42.8 % on its lines', () => {
    const p = fixtureProject()
    const e = leverLineEffects(p, p.scenarios.find(s => s.id === 'ai')!).get('ai-live-action')!
    // The AI scenario shoots 7 days; the lever alone cuts them to ceil(7 × 0.75) = 6.
    // Before: DP 7 × 2,800 = 19,600 + 12 % 2,352 = 21,952.00; lead 7 × 5,000 = 35,000.00 → 56,952.00
    // After: DP 6 × 2,800 × 0.667 = 11,205.60 + 1,344.67 = 12,550.27; lead 6 × 5,000 × 0.667 = 20,010.00 → 32,560.27
    expect(e).toEqual({ lines: 2, before: 5_695_200, after: 3_256_027, percent: ((3_256_027 - 5_695_200) / 5_695_200) * 100 })
    expect(e.percent!.toFixed(1)).toBe('-42.8')
  })

  it('reusing the prepared model while a slider moves gives the figures a fresh computation gives', () => {
    const start = presetProject('cn-premium-drama')
    const ai = start.scenarios.find(s => !s.baseline)!
    let p = start
    for (const value of [0, 35, 100, 60]) {
      // The slider's edit shares the lines, levers and phases of the version before
      p = edits.setAdoption(p, ai.id, 'ai-live-action', value)
      const reused = leverLineEffects(p, p.scenarios.find(s => s.id === ai.id)!)
      const fresh = structuredClone(p)
      expect(reused).toEqual(leverLineEffects(fresh, fresh.scenarios.find(s => s.id === ai.id)!))
      expect(reused.has('ai-live-action')).toBe(value > 0)
    }
  })
})
