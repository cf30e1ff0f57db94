// @vitest-environment jsdom
/**
 * A lever with scene hours on its card: the scenes it touches, the hours it removes, the days the
 * plan then saves, the case where shorter scenes save no day; and editing its hours and tags.
 *
 * One location, no moves, 10-hour days. "Saves": establishing scenes of 6 h around a 6 h scene.
 *   without the lever: 360 | 360 | 360 → 3 days; at 50 % of establishing hours: 180 + 360 = 540,
 *   then 180 does not fit (720 > 600) → 2 days. Removed 3 + 3 = 6 h of 18 h; 1 day saved.
 * "No day": a 2 h establishing scene and a 10 h scene: 120 | 600 → 2 days; at 50 %, 60 + 600 > 600
 *   → still 2 days, 1 h removed.
 */
import { describe, expect, it, vi } from 'vitest'
import LeversPanel from '@/components/levers/LeversPanel.vue'
import LeverScenes from '@/components/shoot/LeverScenes.vue'
import { leverScenesEffect } from '@/app/shoot/leverScenes'
import type { Lever, Project } from '@/engine/types'
import { planProject, sc } from '../support/plans'
import { scenario } from '../support/projects'
import { setup, typeAndCommit } from '../support/mount'

const PLATES: Lever = { id: 'plates', name: 'AI plates', scenes: { tags: ['establishing'], hours: { low: 30, likely: 50, high: 70 } } }
const est = { tags: ['establishing'] }

function project(hours: [number, boolean][], adoption = 100): Project {
  return planProject({
    scenes: hours.map(([h, e], i) => sc(`s${i + 1}`, 'set', h, ['lu'], e ? est : {})),
    shoot: { hoursPerDay: 10, moveHours: 0 },
    levers: [PLATES],
    scenarios: [scenario('base', {}, { baseline: true }), scenario('ai', { plates: adoption }, { name: 'AI-assisted' })],
  })
}
const saves = () => project([[6, true], [6, false], [6, true]])
const noDay = () => project([[2, true], [10, false]])

describe('leverScenesEffect', () => {
  it('packs the plan with and without the lever', () => {
    const p = saves()
    expect(leverScenesEffect(p, p.scenarios[1]!, PLATES)).toEqual({
      scenes: 2, tags: ['establishing'], adoption: 100, adopted: true,
      minutesWith: 720, minutesWithout: 1080, daysWith: 2, daysWithout: 3,
    })
  })

  it('gives the figures at full adoption when the scenario does not adopt the lever', () => {
    const p = saves()
    const e = leverScenesEffect(p, p.scenarios[0]!, PLATES)!
    expect([e.adopted, e.adoption, e.daysWithout, e.daysWith]).toEqual([false, 100, 3, 2])
  })

  it('is null without scene hours or without a plan', () => {
    const p = saves()
    expect(leverScenesEffect(p, p.scenarios[1]!, { id: 'x', name: 'x' })).toBeNull()
    expect(leverScenesEffect({ ...p, shoot: undefined }, p.scenarios[1]!, PLATES)).toBeNull()
  })
})

describe('LeverScenes on the lever card', () => {
  it('says which scenes it touches, the hours removed and the days saved', async () => {
    const { render, ui } = setup({ project: saves() })
    ui.scenarioId = 'ai'
    const w = render(LeversPanel)
    // The card loads its scene-hours part on demand, with the shoot plan's messages.
    await vi.waitFor(() => w.get('[data-testid="lever-scenes"]'))
    expect(w.get('[data-testid="lever-scenes"]').text()).toBe(
      'Scene hours: Touches 2 scenes (establishing); removes 6 h of 18 h shot at 100% adoption in AI-assisted; the plan then saves 1 shooting day (3 → 2).')
    expect(w.find('[data-testid="lever-scenes-no-day"]').exists()).toBe(false)
    // a lever that targets no line says what it acts on, with its likely share of the hours
    expect(w.get('.lever .muted.small').text()).toMatch(/^Acts on its scenes' shoot hours, not on lines · Likely −50%/)
  })

  it('flags in words that shorter scenes save no day', () => {
    const { render, ui } = setup({ project: noDay() })
    ui.scenarioId = 'ai'
    const w = render(LeverScenes, { lever: PLATES })
    expect(w.text()).toContain('removes 1 h of 12 h shot at 100% adoption in AI-assisted.')
    expect(w.get('[data-testid="lever-scenes-no-day"]').text()).toBe(
      '⚠ Shorter scenes save no shooting day here: the plan still packs into 2 days. The hours go back into the days as slack, unless the order changes.')
  })

  it('speaks of full adoption where the scenario does not adopt it, in Chinese too', () => {
    const { render, ui } = setup({ project: saves(), locale: 'zh-CN' })
    ui.scenarioId = 'base'
    const w = render(LeverScenes, { lever: PLATES })
    expect(w.get('.scenes-effect').text()).toBe('拍摄时长：涉及 2 场（establishing）。在 base 中未采用：全面采用可减少 6 小时，少 1 个拍摄日。')
  })

  it('edits the hours removed and the tags, each undone in one step', async () => {
    const { render, store, ui } = setup({ project: noDay() })
    ui.scenarioId = 'ai'
    const w = render(LeversPanel)
    await w.get('button[aria-label="Edit AI plates"]').trigger('click')
    await vi.waitFor(() => w.get('input[aria-label="Scene hours removed (AI plates) Likely"]'))
    await typeAndCommit(w.get('input[aria-label="Scene hours removed (AI plates) Likely"]'), '60')
    expect(store.project.levers![0]!.scenes!.hours).toEqual({ low: 30, likely: 60, high: 70 })
    const tags = w.get('input[aria-label="Scene tags (AI plates)"]')
    await tags.setValue('establishing， crowd')
    expect(store.project.levers![0]!.scenes!.tags).toEqual(['establishing', 'crowd'])
    store.undo()
    expect(store.project.levers![0]!.scenes!.tags).toEqual(['establishing'])
    store.undo()
    expect(store.project.levers![0]!.scenes!.hours.likely).toBe(50)
  })

  it('refuses hours out of order and keeps the range', async () => {
    const { render, store } = setup({ project: noDay() })
    const w = render(LeverScenes, { lever: PLATES, part: 'editor' })
    await typeAndCommit(w.get('input[aria-label="Scene hours removed (AI plates) Low"]'), '90')
    expect(w.get('[role="alert"]').text()).toBe('Needs low ≤ likely ≤ high')
    expect(store.project.levers![0]!.scenes!.hours.low).toBe(30)
  })

  it('lets a lever without scene hours start working on them', async () => {
    const { render, store } = setup({ project: noDay() })
    const plain: Lever = { id: 'plates', name: 'AI plates' }
    store.update(p => ({ ...p, levers: [plain] }))
    const w = render(LeverScenes, { lever: plain, part: 'editor' })
    await w.get('button').trigger('click')
    expect(store.project.levers![0]!.scenes).toEqual({ hours: { low: 0, likely: 0, high: 0 } })
  })
})
