/**
 * The shoot plan as the exporter takes it: for each scenario, its copy of the project, its
 * stripboard rows and its day out of days (the same `boardRows` and `dayOutOfDays` the Schedule
 * view draws); and the exporter's words from the app's messages. Pure.
 */
import { applyOverrides } from '@/engine/model'
import { packShootDetailed } from '@/engine/shootSchedule'
import type { Project } from '@/engine/types'
import { SHOOT_TEXTS_EN } from '@/export/shoot'
import type { ShootPlanInput, ShootTexts } from '@/export/shoot'
import type { Named } from '@/export/texts'
import { dayOutOfDays } from './dood'
import { boardRows } from './stripboard'

/** The plans of the scenarios `ids` (all when absent), in the project's order; none without a plan. */
export function shootPlanInputs(project: Project, ids?: readonly string[]): ShootPlanInput[] {
  if (!project.shoot) return []
  return project.scenarios.filter(s => !ids || ids.includes(s.id)).map((scenario) => {
    const packed = packShootDetailed(project, scenario)!
    const copy = applyOverrides(project, scenario)
    return { scenario: scenario as unknown as Named, project: copy, rows: boardRows(copy, packed), dood: dayOutOfDays(packed) }
  })
}

type Nested = Record<string, string | Record<string, string>>

/** The exporter fills these itself: the app's messages keep them as they are. */
const PLACEHOLDERS = Object.fromEntries(['n', 'first', 'last', 'used', 'available', 'moves'].map(k => [k, `{${k}}`]))

/** Every word of the shoot exports, from the app's messages `shootx.sheet.<key>` (nested for values). */
export function shootExportTexts(t: (key: string, params: Record<string, string>) => string): ShootTexts {
  const out: Nested = {}
  for (const [k, v] of Object.entries(SHOOT_TEXTS_EN as unknown as Nested)) {
    out[k] = typeof v === 'string' ? t(`shootx.sheet.${k}`, PLACEHOLDERS) : Object.fromEntries(Object.keys(v).map(x => [x, t(`shootx.sheet.${k}.${x}`, PLACEHOLDERS)]))
  }
  return out as unknown as ShootTexts
}
