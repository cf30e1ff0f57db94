/**
 * Screen minutes per scene, estimated from its text (action and dialogue, not headings or cues).
 *
 * - `share` (the default): an episode's minutes (the project's minutes per episode) are shared
 *   among its scenes in proportion to their length, in hundredths of a minute by the largest
 *   remainder, so that an episode's scenes add up to exactly its minutes.
 * - `rate`: a fixed reading rate, by default 500 Chinese characters or 180 English words per
 *   minute (rules of thumb: a 1.5–2 minute micro-drama episode runs to about 800–1,000 characters
 *   of script; a screenplay page of about 180 words plays for about a minute).
 *
 * A scene's length is its CJK characters / chars-per-minute + its words / words-per-minute. Either
 * way a longer scene never gets fewer minutes: in `share` mode within its episode (every episode
 * shares the same minutes), in `rate` mode across the whole script.
 */
import type { Scene } from '../engine/types'
import type { MinutesRule } from './types'

export const CHARS_PER_MINUTE = 500
export const WORDS_PER_MINUTE = 180
export const DEFAULT_RULE: MinutesRule = { mode: 'share', minutesPerEpisode: 1.5 }

export interface Size { cjk: number, words: number }

export function lengthOf(size: Size, charsPerMinute = CHARS_PER_MINUTE, wordsPerMinute = WORDS_PER_MINUTE): number {
  return size.cjk / charsPerMinute + size.words / wordsPerMinute
}

function positive(x: number | undefined, fallback: number): number {
  return x !== undefined && Number.isFinite(x) && x > 0 ? x : fallback
}

/** The minutes of each scene (in scene order) under `rule`. */
export function estimateMinutes(scenes: readonly Pick<Scene, 'episode'>[], sizes: readonly Size[], rule: MinutesRule): number[] {
  if (rule.mode === 'rate') {
    const cpm = positive(rule.charsPerMinute, CHARS_PER_MINUTE)
    const wpm = positive(rule.wordsPerMinute, WORDS_PER_MINUTE)
    return sizes.map(s => Math.round(lengthOf(s, cpm, wpm) * 100) / 100)
  }
  const perEpisode = Number.isFinite(rule.minutesPerEpisode) && rule.minutesPerEpisode > 0 ? rule.minutesPerEpisode : 0
  const units = Math.round(perEpisode * 100)
  const lengths = sizes.map(s => lengthOf(s))
  const byEpisode = new Map<number, number[]>()
  scenes.forEach((s, i) => {
    const list = byEpisode.get(s.episode)
    if (list) list.push(i)
    else byEpisode.set(s.episode, [i])
  })
  const out = new Array<number>(scenes.length).fill(0)
  for (const members of byEpisode.values()) {
    const total = members.reduce((sum, i) => sum + lengths[i]!, 0)
    const exact = members.map(i => (total > 0 ? (units * lengths[i]!) / total : units / members.length))
    const floors = exact.map(x => Math.floor(x + 1e-9))
    let missing = units - floors.reduce((a, b) => a + b, 0)
    const order = members.map((_, k) => k).sort((a, b) => (exact[b]! - floors[b]!) - (exact[a]! - floors[a]!) || exact[b]! - exact[a]! || a - b)
    for (let j = 0; missing > 0 && order.length > 0; j = (j + 1) % order.length, missing--) floors[order[j]!]!++
    members.forEach((i, k) => { out[i] = floors[k]! / 100 })
  }
  return out
}
