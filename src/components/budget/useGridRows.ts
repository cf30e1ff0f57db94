/**
 * The budget grid's virtual rows (src/composables/useVirtualRows.ts): a row's height is estimated
 * by its kind until it is laid out, and a row not laid out keeps its estimate.
 */
import type { ComputedRef, ShallowRef } from 'vue'
import { useVirtualRows } from '@/composables/useVirtualRows'
import type { Segment as RowSegment, UseVirtualRowsReturn } from '@/composables/useVirtualRows'
import type { BudgetRow } from './budgetRows'

const HEIGHT: Record<BudgetRow['kind'], number> = { section: 34, line: 30, explain: 58, empty: 30 }

/** A row to render (with its index), or a spacer of `gap` px. */
export type Segment = RowSegment<BudgetRow>

export type UseGridRowsReturn = UseVirtualRowsReturn<BudgetRow>

export function useGridRows(rows: ComputedRef<BudgetRow[]>, body: Readonly<ShallowRef<HTMLElement | null>>): UseGridRowsReturn {
  const estimate = (i: number) => HEIGHT[rows.value[i]?.kind ?? 'line']
  /** A row's height as laid out; a row not laid out (no layout engine, a hidden view) keeps its estimate. */
  function measureRow(el: Element, entry: ResizeObserverEntry | undefined): number {
    const size = entry?.borderBoxSize?.[0]?.blockSize ?? el.getBoundingClientRect().height
    return size > 0 ? Math.round(size) : estimate(Number((el as HTMLElement).dataset.index))
  }
  return useVirtualRows(rows, body, { keyOf: row => row.key, estimate, measureElement: measureRow })
}
