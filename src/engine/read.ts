/**
 * The one way the app and the command line read a project from text: the text's limits and
 * JSON syntax, the file format and its rules, then the range of every amount. Whatever the text,
 * the answer is a project that every scenario computes, or every problem as `path: message`.
 */
import { MAX_AMOUNT_PROBLEMS, amountProblems } from './amounts'
import { capProblems, earlyProblems } from './problems'
import { readJson } from './text'
import type { TextLimits } from './text'
import { parseProject } from './validate'
import type { ParseResult } from './validate'
import { workloadProblems } from './workload'

export interface ReadOptions extends TextLimits {
  /** Check that the project is small enough to compute (`workloadProblems`) and that every amount stays in range (`amountProblems`); true when absent. */
  amounts?: boolean
  /** Amount problems named one by one before "and N more" (MAX_AMOUNT_PROBLEMS when absent). */
  maxAmountProblems?: number
}

/**
 * Reads project text (a saved file, an upload, pasted JSON): drops a leading byte-order mark;
 * refuses text over 20 MB, nested more than 64 levels deep or not JSON, with where and why;
 * checks the file format and its rules (`parseProject`), stopping after MAX_PROBLEMS problems in
 * a large file (`earlyProblems`); then refuses a project too large to compute in reasonable time
 * (`workloadProblems`) and amounts the engine cannot add up (`amountProblems`). Never throws for
 * any text.
 */
export function readProjectText(text: string, options: ReadOptions = {}): ParseResult {
  const json = readJson(text, options)
  if (!json.ok) return { ok: false, problems: [json.problem] }
  const early = earlyProblems(json.value)
  if (early) return { ok: false, problems: early }
  const parsed = parseProject(json.value)
  if (!parsed.ok) return { ok: false, problems: capProblems(parsed.problems) }
  if (options.amounts === false) return parsed
  const tooLarge = workloadProblems(parsed.project)
  if (tooLarge.length > 0) return { ok: false, problems: tooLarge }
  const problems = amountProblems(parsed.project, options.maxAmountProblems ?? MAX_AMOUNT_PROBLEMS)
  return problems.length > 0 ? { ok: false, problems } : parsed
}
