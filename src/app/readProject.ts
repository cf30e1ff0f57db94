/**
 * Reading a project from text the user brings (a file, a share link, an older saved state): every
 * rule of the file format, then the engine's own bound on amounts. Refused text never reaches the
 * figures, and every problem is listed.
 */
import { computeProject } from '@/engine/compute'
import { parseProjectText } from '@/engine/validate'
import type { Problem, Project } from '@/engine/types'

export type ReadResult = { ok: true, project: Project } | { ok: false, problems: Problem[] }

export function readProject(text: string): ReadResult {
  const parsed = parseProjectText(text.replace(/^\uFEFF/, ''))
  if (!parsed.ok) return parsed
  try {
    computeProject(parsed.project)
  }
  catch (e) {
    if (!(e instanceof RangeError)) throw e
    const at = /^(?:the tool cost of )?((?:lines|levers)\[\d+\])/.exec(e.message)?.[1] ?? ''
    return { ok: false, problems: [{ path: at, message: `too large to add up exactly to the cent (${e.message})` }] }
  }
  return parsed
}
