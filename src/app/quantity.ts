/**
 * A line's quantity and what it follows (a fixed number, the episodes, the finished minutes or a
 * phase's days): changing what it follows keeps the quantity the line had.
 */
import type { Project, Quantity } from '@/engine/types'
import { localised } from './labels'

/** What one unit of a basis is worth: the phase's days, the episodes, the finished minutes. */
export function basisSize(p: Project, of: string): number {
  if (of === 'episodes') return p.meta.episodes
  if (of === 'minutes') return p.meta.episodes * p.meta.minutesPerEpisode
  return p.phases.find(ph => `phase:${ph.id}` === of)?.days ?? 0
}

/**
 * The quantity that follows `of` ('fixed' for a plain number) and still comes to `used`:
 * 8 shoot days as a number is 8; 8 as × 8 shoot days is × 1. Keeps the quantity's other fields.
 */
export function rebaseQuantity(p: Project, qty: Quantity, of: string, used: number): Quantity {
  if (of === 'fixed') return Number(used.toFixed(6))
  const size = basisSize(p, of)
  return { ...(typeof qty === 'object' ? qty : {}), of: of as Exclude<Quantity, number>['of'], times: size > 0 ? Number((used / size).toFixed(6)) : 1 }
}

/**
 * A basis from the shoot plan (MODEL.md §6.2), to show it: the message key under `breakdown.basis`
 * and the name of the cast member or location it follows, in the language shown (its translation
 * when the project has one); null for the other bases.
 */
export function planBasis(p: Project, of: string, locale = 'en'): { key: 'cast' | 'location' | 'shootDays', name: string } | null {
  if (of === 'shoot-days') return { key: 'shootDays', name: '' }
  const m = /^(cast|location):(.*)$/.exec(of)
  if (!m) return null
  const list: readonly { id: string, name: string }[] = (m[1] === 'cast' ? p.cast : p.locations) ?? []
  const found = list.find(x => x.id === m[2])
  return { key: m[1] as 'cast' | 'location', name: found ? localised(found, 'name', locale) || found.name : m[2]! }
}

/** How a basis from the shoot plan reads in a quantity's list ("× 沈念 days"); '' for the other bases. */
export function planBasisText(p: Project, of: string, t: (key: string, params: Record<string, string>) => string, locale = 'en'): string {
  const plan = planBasis(p, of, locale)
  return plan ? `× ${t(`breakdown.basis.${plan.key}`, { name: plan.name })}` : ''
}
