/**
 * Where a problem is, written the way a user reads it: `lines[3].rate`.
 */
import type { Problem } from './types'

/** `lines[3].rate`, `levers[0].phaseDays.shoot`, `overrides.lines["a b"]`. */
export function formatPath(keys: readonly (string | number)[]): string {
  let out = ''
  for (const key of keys) {
    if (typeof key === 'number') out += `[${key}]`
    else if (/^[A-Za-z_$][\w$-]*$/.test(key)) out += out === '' ? key : `.${key}`
    else out += `[${JSON.stringify(key)}]`
  }
  return out
}

/** `child("levers[0].phaseDays", "shoot")` → `levers[0].phaseDays.shoot`. */
export function child(path: string, key: string | number): string {
  const k = formatPath([key])
  return path === '' || k.startsWith('[') ? path + k : `${path}.${k}`
}

export function formatProblem(p: Problem): string {
  return p.path === '' ? p.message : `${p.path}: ${p.message}`
}
