/**
 * The sourced presets in presets/, each loaded on demand, the default one too: a returning user
 * opens a project from the library and never downloads it (see src/app/defaultPreset.ts).
 */
import { parseProject } from '@/engine/validate'
import type { Lever, Project } from '@/engine/types'

export { DEFAULT_PRESET, PRESETS } from './presetList'
export type { PresetInfo } from './presetList'

// presets/ also holds the lever library and the review-tier sources, which are not projects.
const loaders = import.meta.glob<{ default: unknown }>(['../../presets/*.json', '!../../presets/levers.json', '!../../presets/review-tier.json'])

/** A preset's project, checked as any file is (a broken preset is a bug, said with its problems). */
export function checked(json: unknown, id: string): Project {
  const parsed = parseProject(structuredClone(json))
  if (!parsed.ok) throw new Error(`preset ${id} is invalid: ${parsed.problems.map(p => `${p.path}: ${p.message}`).join('; ')}`)
  return parsed.project
}

export async function loadPreset(id: string): Promise<Project> {
  const load = loaders[`../../presets/${id}.json`]
  if (!load) throw new Error(`no preset "${id}"`)
  return checked((await load()).default, id)
}

export interface LibraryLever extends Lever {
  /** Tool cost per currency, when the library knows it. */
  toolCostAmounts?: Record<string, number>
}

export async function loadLeverLibrary(): Promise<LibraryLever[]> {
  const mod = await import('../../presets/levers.json')
  return (mod.default as unknown as { levers: LibraryLever[] }).levers
}

/**
 * A project with nothing in it but the standard phases and sections, a baseline and one AI
 * scenario (no lever adopted yet: the levers added from the library are adopted there).
 */
export function blankProject(title: string, currency: string, locale: string): Project {
  return {
    schemaVersion: 1,
    meta: { title, currency, locale, episodes: 80, minutesPerEpisode: 1.5, notes: '', sources: [] },
    phases: [
      { id: 'script', name: 'Script', days: 20, l10n: { 'zh-CN': { name: '剧本' } } },
      { id: 'prep', name: 'Pre-production', days: 7, after: ['script'], l10n: { 'zh-CN': { name: '筹备' } } },
      { id: 'shoot', name: 'Shooting', days: 8, after: ['prep'], l10n: { 'zh-CN': { name: '拍摄' } } },
      { id: 'post', name: 'Post-production', days: 15, after: ['shoot'], lag: -3, l10n: { 'zh-CN': { name: '后期' } } },
    ],
    sections: [
      { id: 'cast', name: 'Cast', group: 'atl', l10n: { 'zh-CN': { name: '演员' } } },
      { id: 'crew', name: 'Crew', group: 'btl', l10n: { 'zh-CN': { name: '剧组' } } },
      { id: 'post', name: 'Post-production', group: 'post', l10n: { 'zh-CN': { name: '后期制作' } } },
      { id: 'ai', name: 'AI tools', group: 'other', l10n: { 'zh-CN': { name: 'AI 工具' } } },
    ],
    fringes: [],
    lines: [],
    markups: [{ id: 'contingency', name: 'Contingency', percent: 10, l10n: { 'zh-CN': { name: '不可预见费' } } }],
    levers: [],
    scenarios: [
      { id: 'baseline', name: 'Traditional', baseline: true, adoption: {}, l10n: { 'zh-CN': { name: '传统' } } },
      { id: 'ai', name: 'AI-assisted', adoption: {}, l10n: { 'zh-CN': { name: 'AI 辅助' } } },
    ],
  }
}
