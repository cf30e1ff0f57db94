/**
 * A grid's virtual rows (the budget grid, the breakdown): only the rows in view are rendered once
 * there are more than a couple of hundred (@tanstack/vue-virtual, scrolling with the page: one
 * scrollbar, the header sticks below the headline figures). The row that holds the focus is always
 * rendered, wherever the page is scrolled, so typing is never lost. The rows not rendered are
 * stood for by spacers of their height. Also where the sticky header sticks.
 *
 * The rows render as `tr` elements in `body` with `data-index` (their index in `rows`, for the
 * measure) and `data-key` (their key).
 */
import { computed, onBeforeUnmount, onMounted, onUpdated, ref } from 'vue'
import type { ComputedRef, Ref, ShallowRef } from 'vue'
import { defaultRangeExtractor, useWindowVirtualizer } from '@tanstack/vue-virtual'
import type { Range } from '@tanstack/vue-virtual'

/** Up to this many rows, all are rendered. */
export const ALL_ROWS_UP_TO = 200

/** A row to render (with its index in the rows), or a spacer of `gap` px. */
export type Segment<T> = { key: string, gap: number } | { key: string, gap: 0, row: T, index: number }

export interface UseVirtualRowsOptions<T> {
  /** A row's key (kept across edits, sorts and filters); a row without one is not rendered. */
  keyOf: (row: T) => string | undefined
  /** The height of the row at an index, in px, until it is measured. */
  estimate: (index: number) => number
  /** Measures a row laid out; by default the virtualizer's own measure. */
  measureElement?: (el: Element, entry: ResizeObserverEntry | undefined) => number
}

export interface UseVirtualRowsReturn<T> {
  /** The rows to render, with spacer rows standing for the ones that are not. */
  segments: ComputedRef<Segment<T>[]>
  /** The key of the row holding the focus (or that held it last): always rendered. */
  activeKey: Ref<string | null>
  /** Where the sticky header sticks: below the top bar and the headline figures. */
  stickyTop: Ref<number>
}

/** The rows in the virtualizer's range, and the one at `index` (the focused row) wherever it is. */
export function keepRow(index: number) {
  return (range: Range): number[] => {
    const shown = defaultRangeExtractor(range)
    if (index < 0 || index >= range.count || shown.includes(index)) return shown
    return [...shown, index].sort((a, b) => a - b)
  }
}

export function useVirtualRows<T>(rows: ComputedRef<T[]>, body: Readonly<ShallowRef<HTMLElement | null>>, options: UseVirtualRowsOptions<T>): UseVirtualRowsReturn<T> {
  const { keyOf, estimate, measureElement } = options
  const keyAt = (i: number): string | undefined => {
    const row = rows.value[i]
    return row === undefined ? undefined : keyOf(row)
  }
  const activeKey = ref<string | null>(null)
  const activeIndex = computed(() => (activeKey.value === null ? -1 : rows.value.findIndex(r => keyOf(r) === activeKey.value)))
  /** The tbody's distance from the top of the page, which the virtual list counts from. */
  const margin = ref(0)
  const stickyTop = ref(0)

  const virtualizer = useWindowVirtualizer(computed(() => ({
    count: rows.value.length,
    estimateSize: estimate,
    ...(measureElement ? { measureElement } : {}),
    getItemKey: (i: number) => keyAt(i) ?? i,
    // A grid of a few hundred rows is rendered whole (the browser's find and print see it all);
    // a larger one only around the rows in view.
    overscan: rows.value.length <= ALL_ROWS_UP_TO ? ALL_ROWS_UP_TO : 12,
    scrollMargin: margin.value,
    rangeExtractor: keepRow(activeIndex.value),
  })))

  const segments = computed<Segment<T>[]>(() => {
    const out: Segment<T>[] = []
    let at = margin.value
    for (const item of virtualizer.value.getVirtualItems()) {
      const row = rows.value[item.index]
      const key = keyAt(item.index)
      if (row === undefined || key === undefined) continue
      if (item.start > at) out.push({ key: `gap:${key}`, gap: item.start - at })
      out.push({ key, gap: 0, row, index: item.index })
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
