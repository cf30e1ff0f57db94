/**
 * Problems said in the language shown, for a status line or a cell: the engine's messages
 * translated (app/problemText.ts), joined as the language joins sentences. For views that load on
 * demand (the patterns are too large for the first page).
 */
import { useI18n } from 'vue-i18n'
import { problemMessage } from '@/app/problemText'
import { formatProblem } from '@/engine/paths'
import type { Problem } from '@/engine/types'

export function useProblemText() {
  const { t, locale } = useI18n()
  const zh = () => locale.value.startsWith('zh')
  /** One problem's message, in the language shown. */
  const say = (p: Problem) => problemMessage(p.message, locale.value)
  /** The problems in one line; with their places in the file (`lines[3].rate: …`) when `paths`. */
  const problemsText = (problems: readonly Problem[], paths = false) =>
    problems.map(p => (paths ? formatProblem({ ...p, message: say(p) }) : say(p))).join(zh() ? '；' : '; ')
  /** "The change was not made:" and why. */
  const refusedText = (problems: readonly Problem[]) => `${t('errors.refused')}${zh() ? '' : ' '}${problemsText(problems)}`
  /** A problem kept as text (`lines[3].rate: must be …`, an unreadable copy's), in the language shown. */
  const sayLine = (text: string) => {
    const whole = problemMessage(text, locale.value)
    const at = /^([^\s:]+): (.+)$/s.exec(text)
    return whole !== text || !at ? whole : `${at[1]}: ${problemMessage(at[2]!, locale.value)}`
  }
  return { say, sayLine, problemsText, refusedText }
}
