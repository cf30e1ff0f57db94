/**
 * The packing against a plain re-reading of MODEL.md §6.1–6.2, written here without the engine's
 * indices or typed arrays, on random plans: the same days, cast and location days, and the same
 * quantities on the lines that follow them.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { computeScenario } from '../../src/engine/compute'
import { applyOverrides } from '../../src/engine/model'
import type { Project, Scenario } from '../../src/engine/types'
import { planProjectArb } from '../support/planArb'

/** Half away from zero, a value within binary error of a half first cut to 15 significant digits. */
function round(x: number): number {
  const r = Number(x.toPrecision(15))
  return Math.sign(r) * Math.floor(Math.abs(r) + 0.5)
}

function reference(source: Project, sc: Scenario) {
  const p = applyOverrides(source, sc)
  const shoot = p.shoot!
  const levers = p.levers ?? []
  const minutes = new Map<string, number>()
  for (const s of p.scenes!) {
    let h = s.hours ?? s.minutes * shoot.hoursPerMinute
    for (const l of levers) {
      if (!l.scenes || (l.scenes.tags && !l.scenes.tags.some(t => s.tags?.includes(t)))) continue
      h *= 1 - ((sc.adoption[l.id] ?? 0) / 100) * (l.scenes.hours.likely / 100)
    }
    minutes.set(s.id, round(h * 60))
  }
  const H = round(shoot.hoursPerDay * 60)
  const M = round((shoot.moveHours ?? 0) * 60)
  const order = [...(shoot.order ?? [])]
  for (const s of p.scenes!) if (!order.includes(s.id)) order.push(s.id)
  const days = new Map<string, number[]>()
  let d = 0
  let u = 0
  let L: string | undefined
  for (const id of order) {
    const mu = minutes.get(id)!
    if (mu === 0) continue
    const scene = p.scenes!.find(s => s.id === id)!
    if (d === 0) d = 1
    let x = 0
    if (u > 0) {
      x = scene.location !== L ? M : 0
      if (u + x + mu > H) { d += 1; u = 0 }
    }
    if (u === 0) {
      const k = Math.ceil(mu / H)
      days.set(id, Array.from({ length: k }, (_, i) => d + i))
      d = d + k - 1
      u = mu - (k - 1) * H
    }
    else {
      days.set(id, [d])
      u = u + x + mu
    }
    L = scene.location
  }
  const paid = new Map(p.cast!.map((c) => {
    const mine = new Set(p.scenes!.filter(s => s.cast.includes(c.id) && days.has(s.id)).flatMap(s => days.get(s.id)!))
    if (mine.size === 0) return [c.id, 0]
    return [c.id, c.pay === 'span' ? Math.max(...mine) - Math.min(...mine) + 1 : mine.size]
  }))
  const at = new Map(p.locations!.map(l => [l.id, new Set(p.scenes!.filter(s => s.location === l.id && days.has(s.id)).flatMap(s => days.get(s.id)!)).size]))
  return { D: d, paid, at }
}

describe('packing as MODEL.md §6 reads', () => {
  it('gives the engine\'s days, cast and location days and the quantities that follow them', () => {
    fc.assert(fc.property(planProjectArb, (p) => {
      for (const sc of p.scenarios) {
        const ref = reference(p, sc)
        const r = computeScenario(p, sc)
        expect(r.schedule!.days).toBe(ref.D)
        expect(Object.fromEntries(r.schedule!.cast.map(c => [c.id, c.paid]))).toEqual(Object.fromEntries(ref.paid))
        expect(Object.fromEntries(r.schedule!.locations.map(l => [l.id, l.days]))).toEqual(Object.fromEntries(ref.at))
        for (const l of r.lines) {
          const of = typeof p.lines.find(x => x.id === l.id)!.qty === 'number' ? '' : (p.lines.find(x => x.id === l.id)!.qty as { of: string }).of
          if (of.startsWith('cast:')) expect(l.qty).toBe(ref.paid.get(of.slice(5)))
          if (of.startsWith('location:')) expect(l.qty).toBe(ref.at.get(of.slice(9)))
          if (of === 'shoot-days') expect(l.qty).toBe(ref.D * 1.5)
          if (of === 'phase:shoot') expect(l.qty).toBe(ref.D)
        }
      }
    }), { numRuns: 200 })
  })
})
