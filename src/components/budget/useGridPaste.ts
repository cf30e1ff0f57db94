/**
 * A block pasted from a spreadsheet into a number cell of the budget grid (Quantity, Count or
 * Rate). Its rows fill the line pasted into and the lines below it in the order shown, on into the
 * following sections; its columns fill that column and the number columns to its right. A blank
 * cell leaves its line's value as it was. All of it is one undo step, and the status line says
 * what was pasted, what was left as it was and what was left over; an error says which cell and
 * why, and nothing changes. Each paste replaces what the last one said.
 */
import { ref } from 'vue'
import type { ComputedRef, Ref } from 'vue'
import { useI18n } from 'vue-i18n'
import { useProblemText } from '@/composables/useProblemText'
import { formatMoney, formatNumber } from '@/app/format'
import { readPastedBlock } from '@/app/pastedBlock'
import type { PastedColumnRule } from '@/app/pastedBlock'
import { MAX_COUNT, MAX_RATE } from '@/app/rules'
import { MAX_MINOR } from '@/engine/money'
import { useCheckMessage } from '@/composables/useCheckMessage'
import * as edits from '@/stores/edits'
import { useProjectStore } from '@/stores/project'
import { pasteTargets } from './budgetRows'
import type { BudgetRow } from './budgetRows'

export interface GridStatus { text: string, error: boolean }

export interface UseGridPasteReturn {
  /** What the last paste did, or why it was refused. */
  status: Ref<GridStatus | null>
  /** Handles a paste of `text` into cell `field` of line `fromId`: false for a single value (typed as usual). */
  paste: (fromId: string, field: edits.LineCellField, text: string) => boolean
}

export function useGridPaste(rows: ComputedRef<BudgetRow[]>, money: ComputedRef<{ currency: string, digits: number }>): UseGridPasteReturn {
  const store = useProjectStore()
  const { t, locale } = useI18n()
  const message = useCheckMessage()
  const { problemsText } = useProblemText()
  const status = ref<GridStatus | null>(null)
  const num = (n: number) => formatNumber(n, locale.value)

  function rule(field: edits.LineCellField): PastedColumnRule {
    if (field === 'qty') return { rule: 'nonNeg', options: { max: MAX_COUNT } }
    if (field === 'count') return { rule: 'whole', options: { max: MAX_COUNT } }
    return { rule: 'nonNeg', options: { currency: money.value.currency, max: MAX_RATE } }
  }

  function paste(fromId: string, field: edits.LineCellField, text: string): boolean {
    const fields = edits.LINE_CELLS.slice(edits.LINE_CELLS.indexOf(field))
    const block = readPastedBlock(text, fields.map(rule))
    if (!block) return false
    const what = (f: edits.LineCellField) => t(`budget.col.${f}`)
    if (!block.ok) {
      status.value = {
        error: true,
        text: t('gridTrust.pasteRefused', { row: num(block.row), column: what(fields[block.col]!), text: block.text, error: message(block.check) }),
      }
      return true
    }
    const ids = pasteTargets(rows.value, fromId, block.rows.length)
    const cells: edits.LineCellValue[] = []
    ids.forEach((id, k) => block.rows[k]!.forEach((value, j) => {
      if (value !== null) cells.push({ id, field: fields[j]!, value })
    }))
    const problems = cells.length > 0 ? store.update(p => edits.setLineCells(p, cells)) : []
    if (problems.length > 0) {
      let why = problemsText(problems)
      if (problems.some(p => p.message.startsWith('too large'))) {
        // Said here in words; the notice would give the engine's figure in minor units.
        store.refused = []
        why = t('grid.tooLargeTotal', { limit: formatMoney(MAX_MINOR, money.value.currency, money.value.digits, locale.value) })
      }
      status.value = { error: true, text: `${t('errors.refused')}${locale.value.startsWith('zh') ? '' : ' '}${why}` }
      return true
    }
    const used = fields.slice(0, block.width).map(what)
    const blanks = block.rows.slice(0, ids.length).reduce((n, r) => n + r.filter(v => v === null).length, 0)
    const leftRows = block.rows.length - ids.length
    const parts = [t('grid.pasted', { n: num(cells.length), field: new Intl.ListFormat(locale.value, { type: 'conjunction' }).format(used) }, cells.length)]
    if (blanks > 0) parts.push(t('gridTrust.blanks', { n: num(blanks) }, blanks))
    if (leftRows > 0)
      parts.push(t(block.width === 1 ? 'grid.leftOver' : 'gridTrust.rowsLeftOver', { left: num(leftRows), n: num(ids.length) }, leftRows))
    if (block.extraColumns > 0)
      parts.push(t('gridTrust.extraColumns', { n: num(block.extraColumns), last: what('rate') }, block.extraColumns))
    status.value = { error: false, text: parts.join(locale.value.startsWith('zh') ? '' : ' ') }
    return true
  }

  return { status, paste }
}
