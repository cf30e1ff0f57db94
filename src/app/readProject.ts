/**
 * Reading a project from text the user brings (a file, a share link, the library): the engine's
 * one reader (limits, JSON, every rule of the file format, the range of every amount), then a
 * real computation, so that a project the app accepts is one it can show. Refused text never
 * reaches the figures, and every problem is listed.
 */
import { computeProject } from '@/engine/compute'
import { readProjectText } from '@/engine/read'
import type { ParseResult } from '@/engine/validate'

export type ReadResult = ParseResult

export function readProject(text: string): ReadResult {
  const read = readProjectText(text)
  if (!read.ok) return read
  try {
    computeProject(read.project)
  }
  catch (e) {
    // amountProblems bounds every amount beforehand; this is the last guard, never expected.
    return { ok: false, problems: [{ path: '', message: `the project cannot be computed (${(e as Error).message})` }] }
  }
  return read
}
