/**
 * Applying a read script, once the producer confirms: to the open project (one undoable edit) or
 * to a new project from a preset, named after the script, with as many episodes as it has.
 */
import type { Problem, Project } from '@/engine/types'
import { localised, setText } from '@/app/labels'
import { loadPreset } from '@/app/presets'
import { readProject } from '@/app/readProject'
import { withMinutes } from '@/script'
import type { MinutesRule, ScriptRead } from '@/script'
import { applyBreakdown } from '@/script/apply'
import { useLibraryStore } from '@/stores/library'
import { useProjectStore } from '@/stores/project'
import { useUiStore } from '@/stores/ui'

export interface ApplyChoice {
  target: 'open' | 'new'
  preset: string
  rule: MinutesRule
  /** The shooting phase; null for no shoot plan. */
  phase: string | null
  lines: boolean
}

/** A new project's title: the script's own, else its file name without the extension. */
function titleOf(read: ScriptRead, name: string, fallback: string): string {
  return read.title || name.replace(/\.[^.]+$/, '') || fallback
}

/** The project a new-project choice starts from, with the script's episodes and title. */
export function newProjectFor(preset: Project, read: ScriptRead, name: string, fallback: string): Project {
  const next = structuredClone(preset)
  const episodes = read.scenes.reduce((m, s) => Math.max(m, s.episode), 0)
  if (episodes > 0) next.meta.episodes = episodes
  setText(next.meta, 'title', titleOf(read, name, fallback))
  return next
}

/** Applies the script; the problems when the open project refused it (then nothing changed). */
export async function applyScript(read: ScriptRead, name: string, choice: ApplyChoice, fallbackTitle: string): Promise<Problem[]> {
  const breakdown = withMinutes(read, choice.rule)
  const options = { phase: choice.phase, lines: choice.lines }
  let summary
  if (choice.target === 'open') {
    const store = useProjectStore()
    const problems = store.update((p) => {
      const applied = applyBreakdown(p, breakdown, options)
      summary = applied.summary
      return applied.project
    })
    if (problems.length > 0) return problems
  }
  else {
    const start = newProjectFor(await loadPreset(choice.preset), read, name, fallbackTitle)
    const applied = applyBreakdown(start, breakdown, options)
    // checked as a file is before it enters the library: a project that could not be opened is never stored
    const check = readProject(JSON.stringify(applied.project))
    if (!check.ok) return check.problems
    summary = applied.summary
    await useLibraryStore().addProject(check.project)
  }
  if (summary) {
    const s = summary as ReturnType<typeof applyBreakdown>['summary']
    useLibraryStore().notify({ kind: 'info', key: 'script.applied', params: { name: name || fallbackTitle, scenes: s.scenes + s.replaced, locations: s.locations, cast: s.cast } })
    if (s.planRefused) {
      // The scenarios by their names in the language shown, as the Scenarios view lists them.
      const { project } = useProjectStore()
      const names = s.planRefused.map(id => localised(project.scenarios.find(sc => sc.id === id), 'name', useUiStore().locale) || id)
      useLibraryStore().notify({ kind: 'info', key: 'scriptPlan.refused', params: { n: names.length }, lists: { scenarios: names } })
    }
  }
  return []
}
