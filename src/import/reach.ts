/**
 * The lever library on a producer's own lines: which lines a lever reaches, which sections it
 * could be applied to by their names (cast, crew, post; 演员, 剧组, 后期) when its own targets
 * reach none, and which lines no lever of the project targets.
 */
import { targetsLine } from '../engine/model'
import type { Lever, Line, Project, Targets } from '../engine/types'
import { TAG_WORDS } from './guess'

export interface Reach {
  /** Ids of the lines the lever's targets select. */
  lines: string[]
  /** Ids of the sections those lines are in, in the project's order. */
  sections: string[]
}

export function leverReach(project: Pick<Project, 'lines' | 'sections'>, lever: Pick<Lever, 'targets'>): Reach {
  const lines = project.lines.filter(l => targetsLine(lever, l))
  const ids = new Set(lines.map(l => l.section))
  return { lines: lines.map(l => l.id), sections: project.sections.filter(s => ids.has(s.id)).map(s => s.id) }
}

/**
 * Targets by section for a lever whose own reach no line of the project: the sections whose names
 * earn one of the lever's tags (its kinds kept); null when no section name fits, or when the
 * lever already reaches some line.
 */
export function suggestedTargets(project: Pick<Project, 'lines' | 'sections'>, lever: Pick<Lever, 'targets'>): Targets | null {
  const t = lever.targets
  if (!t?.tags || leverReach(project, lever).lines.length > 0) return null
  const words = TAG_WORDS.filter(([tag]) => t.tags!.includes(tag)).map(([, re]) => re)
  const sections = project.sections
    .filter(s => words.some(re => re.test(s.name) || Object.values((s.l10n ?? {}) as Record<string, { name?: string }>).some(x => typeof x?.name === 'string' && re.test(x.name))))
    .filter(s => project.lines.some(l => l.section === s.id && (!t.kinds || t.kinds.includes(l.kind))))
    .map(s => s.id)
  if (sections.length === 0) return null
  return { ...(t.kinds ? { kinds: [...t.kinds] } : {}), sections }
}

/** The lines no lever of the project targets. */
export function untargetedLines(project: Pick<Project, 'lines' | 'levers'>): Line[] {
  const levers = project.levers ?? []
  return project.lines.filter(l => !levers.some(v => targetsLine(v, l)))
}

/** The lever as it is added: with targets by section names when its own reach no line here. */
export function withSuggestedTargets<T extends Lever>(project: Pick<Project, 'lines' | 'sections'>, lever: T): T {
  const targets = suggestedTargets(project, lever)
  return targets ? { ...lever, targets } : lever
}
