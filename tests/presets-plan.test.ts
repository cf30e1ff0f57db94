/**
 * The preset with a breakdown and a shoot plan (presets/cn-micro-drama-plan.json): its days come
 * from packing the plan, its cast and location lines follow the plan, and its AI lever on scene
 * hours saves shooting days.
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { computeProject } from '../src/engine/compute'
import { packShoot } from '../src/engine/shootSchedule'
import { formatProblem, parseProjectText } from '../src/engine/validate'
import type { Project } from '../src/engine/types'
import { leverScenesEffect } from '../src/app/shoot/leverScenes'

function load(): Project {
  const parsed = parseProjectText(readFileSync(join(import.meta.dirname, '..', 'presets', 'cn-micro-drama-plan.json'), 'utf8'))
  if (!parsed.ok) throw new Error(parsed.problems.map(formatProblem).join('; '))
  return parsed.project
}

describe('cn-micro-drama-plan', () => {
  const p = load()
  const computed = computeProject(p)
  const result = (id: string) => computed.scenarios.find(c => c.result.id === id)!.result

  it('is a 12-episode script of 50+ scenes, each with a heading, location, cast and a Chinese summary', () => {
    expect(p.meta.episodes).toBe(12)
    expect(p.scenes!.length).toBeGreaterThanOrEqual(50)
    expect(new Set(p.scenes!.map(s => s.episode))).toEqual(new Set(Array.from({ length: 12 }, (_, i) => i + 1)))
    for (const s of p.scenes!) {
      expect(s.number).toMatch(/^\d+-\d+$/)
      expect((s as { l10n?: Record<string, { summary?: string }> }).l10n?.['zh-CN']?.summary).toMatch(new RegExp(`^${s.number} [日夜晨昏] (内|外|内外) `))
    }
    // Its screen minutes are the finished minutes of the budget, to a tenth of a minute per episode.
    const minutes = p.scenes!.reduce((sum, s) => sum + s.minutes, 0)
    expect(Math.abs(minutes - p.meta.episodes * p.meta.minutesPerEpisode)).toBeLessThan(0.5)
  })

  it('packs into 7–10 shooting days, which are the shoot phase\'s days of each scenario', () => {
    for (const sc of p.scenarios) {
      const r = result(sc.id)
      const packed = packShoot(p, sc)!
      expect(r.schedule!.days).toBe(packed.days)
      expect(r.phases.find(x => x.id === 'shoot')!.days).toBe(packed.days)
      expect(packed.days).toBeGreaterThanOrEqual(7)
      expect(packed.days).toBeLessThanOrEqual(10)
    }
    expect(result('baseline').schedule!.days).toBe(9)
    expect(result('ai').schedule!.days).toBe(8)
  })

  it('pays each cast member for the days the plan gives them, and each location for its days', () => {
    const r = result('baseline')
    for (const c of p.cast!) {
      const j = p.lines.findIndex(l => typeof l.qty === 'object' && l.qty.of === `cast:${c.id}`)
      expect(j, c.id).toBeGreaterThanOrEqual(0)
      const paid = r.schedule!.cast.find(x => x.id === c.id)!.paid
      expect(r.lines[j]!.cost).toBe(paid * p.lines[j]!.rate * 100)
    }
    for (const l of p.locations!) {
      const j = p.lines.findIndex(x => typeof x.qty === 'object' && x.qty.of === `location:${l.id}`)
      expect(r.lines[j]!.cost, l.id).toBe(r.schedule!.locations.find(x => x.id === l.id)!.days * p.lines[j]!.rate * 100)
    }
    // The leads are booked from the first day to the last: 9 paid days at ¥4,000.
    expect(r.lines[p.lines.findIndex(l => l.id === 'lead-female')]!.cost).toBe(36_000_00)
    // The director follows the shoot days.
    expect(r.lines[p.lines.findIndex(l => l.id === 'director')]!.cost).toBe(9 * 3000 * 100)
  })

  it('costs about half a million yuan, and the AI-assisted scenario less', () => {
    const base = result('baseline').total / 100
    const ai = result('ai').total / 100
    expect(base).toBeGreaterThan(450_000)
    expect(base).toBeLessThan(600_000)
    expect(ai).toBeLessThan(base)
    expect(base).toBe(515_038.48)
  })

  it('has an AI lever on the establishing scenes\' hours that saves a shooting day', () => {
    const lever = p.levers!.find(l => l.scenes)!
    expect(lever.scenes!.tags).toEqual(['establishing'])
    expect(lever.source?.title).toBeTruthy()
    const e = leverScenesEffect(p, p.scenarios.find(s => s.id === 'ai')!, lever)!
    expect(e.scenes).toBe(8)
    // 8 scenes of 2.5 h, 70 % removed: 14 h = 840 min.
    expect(e.minutesWithout - e.minutesWith).toBe(840)
    expect(e.daysWithout - e.daysWith).toBe(1)
  })
})
