/**
 * The budget grid's virtual rows: only the rows in view are rendered once there are more than a
 * couple of hundred (@tanstack/vue-virtual, scrolling with the page: one scrollbar, the header
 * sticks below the headline figures). The row that holds the focus is always rendered, wherever
 * the page is scrolled, so typing is never lost. Also where the sticky header sticks.
 */
import { computed, onBeforeUnmount, onMounted, onUpdated, ref } from 'vue'
import type { ComputedRef, Ref, ShallowRef } from 'vue'
import { defaultRangeExtractor, useWindowVirtualizer } from '@tanstack/vue-virtual'
import type { Range } from '@tanstack/vue-virtual'
import type { BudgetRow } from './budgetRows'

/** Up to this many rows, all are rendered. */
const SMALL = 200
const HEIGHT: Record<BudgetRow['kind'], number> = { section: 34, line: 30, explain: 58, empty: 30 }

/** A row to render (with its index and its line's or section's id), or a spacer of `gap` px. */
export type Segment = { key: string, gap: number } | { key: string, gap: 0, row: BudgetRow, index: number, id: string }

export interface UseGridRowsReturn {
  /** The rows to render, with spacer rows standing for the ones that are not. */
  segments: ComputedRef<Segment[]>
  /** The key of the row holding the focus (or that held it last): always rendered. */
  activeKey: Ref<string | null>
  /** Where the sticky header sticks: below the top bar and the headline figures. */
  stickyTop: Ref<number>
}

function keepRow(index: number) {
  return (range: Range): number[] => {
    const shown = defaultRangeExtractor(range)
    if (index < 0 || index >= range.count || shown.includes(index)) return shown
    return [...shown, index].sort((a, b) => a - b)
  }
}

export function useGridRows(rows: ComputedRef<BudgetRow[]>, body: Readonly<ShallowRef<HTMLElement | null>>): UseGridRowsReturn {
  const activeKey = ref<string | null>(null)
  const activeIndex = computed(() => (activeKey.value === null ? -1 : rows.value.findIndex(r => r.key === activeKey.value)))
  /** The tbody's distance from the top of the page, which the virtual list counts from. */
  const margin = ref(0)
  const stickyTop = ref(0)

  const estimate = (i: number) => HEIGHT[rows.value[i]?.kind ?? 'line']
  /** A row's height as laid out; a row not laid out (no layout engine, a hidden view) keeps its estimate. */
  function measureRow(el: Element, entry: ResizeObserverEntry | undefined): number {
    const size = entry?.borderBoxSize?.[0]?.blockSize ?? el.getBoundingClientRect().height
    return size > 0 ? Math.round(size) : estimate(Number((el as HTMLElement).dataset.index))
  }
  const virtualizer = useWindowVirtualizer(computed(() => ({
    count: rows.value.length,
    estimateSize: estimate,
    measureElement: measureRow,
    getItemKey: (i: number) => rows.value[i]?.key ?? i,
    // A budget of a few hundred rows is rendered whole (the browser's find and print see it all);
    // a larger one only around the rows in view.
    overscan: rows.value.length <= SMALL ? SMALL : 12,
    scrollMargin: margin.value,
    rangeExtractor: keepRow(activeIndex.value),
  })))
  const items = computed(() => virtualizer.value.getVirtualItems())

  const segments = computed<Segment[]>(() => {
    const out: Segment[] = []
    let at = margin.value
    for (const item of items.value) {
      const row = rows.value[item.index]
      if (!row) continue
      if (item.start > at) out.push({ key: `gap:${row.key}`, gap: item.start - at })
      out.push({ key: row.key, gap: 0, row, index: item.index, id: row.id })
      at = item.end
    }
    const end = margin.value + virtualizer.value.getTotalSize()
    if (end > at) out.push({ key: 'gap:end', gap: end - at })
    return out
  })

  /**
   * Rows are measured once when they appear (then watched by the virtualizer's ResizeObserver).
   * Not through a directive on the row components: a component with a directive re-renders with
   * its parent every time, whatever its props.
   */
  const measured = new WeakSet<Element>()
  function measureNewRows(): void {
    for (const tr of body.value?.querySelectorAll<HTMLElement>('tr[data-index]') ?? []) {
      if (measured.has(tr)) continue
      measured.add(tr)
      virtualizer.value.measureElement(tr)
    }
  }
  onUpdated(measureNewRows)

  function measure(): void {
    const tbody = body.value
    if (tbody) {
      const m = Math.round(tbody.getBoundingClientRect().top + window.scrollY)
      if (m !== margin.value) margin.value = m
    }
    // The top bar and the headline figures stick to the top of the page (styles.css): below them.
    let bottom = 0
    for (const el of document.querySelectorAll<HTMLElement>('.topbar, .kpis')) {
      const css = getComputedStyle(el)
      if (css.position === 'sticky' || css.position === 'fixed') bottom = Math.max(bottom, (parseFloat(css.top) || 0) + el.offsetHeight)
    }
    if (bottom !== stickyTop.value) stickyTop.value = bottom
  }
  let observer: ResizeObserver | undefined
  onMounted(() => {
    measure()
    measureNewRows()
    window.addEventListener('resize', measure)
    if (typeof ResizeObserver !== 'undefined') {
      observer = new ResizeObserver(measure)
      observer.observe(document.body)
    }
  })
  onBeforeUnmount(() => {
    window.removeEventListener('resize', measure)
    observer?.disconnect()
  })

  return { segments, activeKey, stickyTop }
}
