/**
 * Checking an edit. An edit shares every part of the project it leaves alone, so the parts it
 * changed are found by identity and only those are checked against the file format; the rules
 * that span the file (ids, references, loops) are then checked on the whole, which is cheap.
 * Opening a file still checks everything (`parseProject`).
 */
import * as v from 'valibot'
import { formatPath } from './paths'
import { crossChecks } from './validateRefs'
import {
  castSchema,
  fringeSchema,
  leverSchema,
  lineSchema,
  locationSchema,
  markupSchema,
  metaSchema,
  MSG,
  phaseSchema,
  scenarioSchema,
  sceneSchema,
  sectionSchema,
  shootSchema,
} from './validateShape'
import type { Problem, Project } from './types'

type ListKey = 'phases' | 'sections' | 'fringes' | 'lines' | 'markups' | 'levers' | 'scenarios' | 'locations' | 'cast' | 'scenes'

const LISTS: readonly { key: ListKey, schema: v.GenericSchema, optional: boolean }[] = [
  { key: 'phases', schema: phaseSchema, optional: false },
  { key: 'sections', schema: sectionSchema, optional: false },
  { key: 'fringes', schema: fringeSchema, optional: true },
  { key: 'lines', schema: lineSchema, optional: false },
  { key: 'markups', schema: markupSchema, optional: true },
  { key: 'levers', schema: leverSchema, optional: true },
  { key: 'scenarios', schema: scenarioSchema, optional: false },
  { key: 'locations', schema: locationSchema, optional: true },
  { key: 'cast', schema: castSchema, optional: true },
  { key: 'scenes', schema: sceneSchema, optional: true },
]

/** Problems of one part against its schema, with paths from the project's root. */
function checkPart(schema: v.GenericSchema, value: unknown, at: readonly (string | number)[], out: Problem[]): void {
  const result = v.safeParse(schema, value, { abortEarly: false, abortPipeEarly: true })
  if (result.success) return
  for (const issue of result.issues) {
    const keys = (issue.path ?? []).map(p => p.key as string | number)
    const missing = issue.input === undefined && keys.length > 0
    out.push({ path: formatPath([...at, ...keys]), message: missing ? MSG.required : issue.message })
  }
}

/**
 * Calls `visit` for each item of `next` that is not an item of `prev`: new or changed items. Items
 * moved within the list are the same objects and are not visited.
 */
export function changedItems<T>(prev: readonly T[], next: readonly T[], visit: (item: T, index: number) => void): void {
  let before: Set<T> | undefined
  for (let i = 0; i < next.length; i++) {
    const item = next[i]!
    if (item === prev[i]) continue
    before ??= new Set(prev)
    if (!before.has(item)) visit(item, i)
  }
}

/** Every problem of `next`, an edited version of the valid project `prev`; empty when it is valid. */
export function checkEdit(prev: Project, next: Project): Problem[] {
  const out: Problem[] = []
  if (next.schemaVersion !== prev.schemaVersion)
    out.push({ path: 'schemaVersion', message: 'an edit cannot change the schema version' })
  if (next.meta !== prev.meta) checkPart(metaSchema, next.meta, ['meta'], out)
  if (next.shoot !== prev.shoot && next.shoot !== undefined) checkPart(shootSchema, next.shoot, ['shoot'], out)
  for (const { key, schema, optional } of LISTS) {
    const before = prev[key] as readonly unknown[] | undefined
    const after = next[key] as readonly unknown[] | undefined
    if (after === before || (after === undefined && optional)) continue
    if (!Array.isArray(after)) {
      out.push({ path: key, message: after === undefined ? MSG.required : MSG.list })
      continue
    }
    changedItems(before ?? [], after, (item, i) => checkPart(schema, item, [key, i], out))
  }
  if (Array.isArray(next.scenarios) && next.scenarios.length === 0)
    out.push({ path: 'scenarios', message: 'must hold at least one scenario' })
  return out.length > 0 ? out : crossChecks(next)
}
