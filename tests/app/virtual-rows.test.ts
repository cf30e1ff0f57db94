// @vitest-environment jsdom
/**
 * The grids' virtual rows (src/composables/useVirtualRows.ts), in jsdom with a window 600 px tall
 * and rows of 30 px (measured as their estimate: jsdom lays nothing out): a small grid is rendered
 * whole; a large one only around the window, with spacers of the height of the rows not rendered;
 * the focused row is rendered wherever it is; rows without a key are skipped.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { computed, defineComponent, h, nextTick, ref, useTemplateRef } from 'vue'
import type { Ref } from 'vue'
import { mount } from '@vue/test-utils'
import type { VueWrapper } from '@vue/test-utils'
import { keepRow, useVirtualRows } from '@/composables/useVirtualRows'
import type { Segment, UseVirtualRowsReturn } from '@/composables/useVirtualRows'

const ROW = 30

beforeEach(() => {
  document.body.innerHTML = ''
  Object.defineProperty(window, 'innerHeight', { value: 600, configurable: true })
  // jsdom has no scrolling; the virtualizer asks for none here
  Object.defineProperty(window, 'scrollTo', { value: () => {}, configurable: true })
})

let wrapper: VueWrapper | undefined
afterEach(() => wrapper?.unmount())

/** A table whose rows are the names in `names` (an empty name has no key). */
async function grid(names: Ref<string[]>): Promise<UseVirtualRowsReturn<string>> {
  let out: UseVirtualRowsReturn<string> | undefined
  const Grid = defineComponent(() => {
    const body = useTemplateRef<HTMLElement>('body')
    const rows = computed(() => names.value)
    const v = useVirtualRows(rows, body, {
      keyOf: name => (name === '' ? undefined : name),
      estimate: () => ROW,
      measureElement: () => ROW,
    })
    out = v
    return () => h('table', [h('tbody', { ref: 'body' }, v.segments.value.map(seg => ('row' in seg
      ? h('tr', { 'key': seg.key, 'data-key': seg.key, 'data-index': seg.index }, [h('td', seg.row)])
      : h('tr', { key: seg.key, class: 'gap' }, [h('td', { style: { height: `${seg.gap}px` } })]))))])
  })
  wrapper = mount(Grid, { attachTo: document.body })
  await nextTick()
  await nextTick()
  return out!
}

const names = (n: number) => Array.from({ length: n }, (_, i) => `r${i}`)
const drawn = (segments: Segment<string>[]) => segments.flatMap(s => ('row' in s ? [s.row] : []))
const gaps = (segments: Segment<string>[]) => segments.flatMap(s => ('row' in s ? [] : [s.gap]))

describe('virtual rows', () => {
  it('renders a grid of up to 200 rows whole, in order, without spacers', async () => {
    const v = await grid(ref(names(200)))
    expect(drawn(v.segments.value)).toEqual(names(200))
    expect(v.segments.value.map(s => ('row' in s ? s.index : -1))).toEqual(names(200).map((_, i) => i))
    expect(gaps(v.segments.value)).toEqual([])
    expect(wrapper!.findAll('tr[data-key]')).toHaveLength(200)
  })

  it('renders a large grid around the window only, a spacer standing for the rest', async () => {
    const v = await grid(ref(names(1000)))
    const shown = drawn(v.segments.value)
    // The window shows 20 rows of 30 px; 12 more are drawn below them
    expect(shown).toEqual(names(32))
    const last = v.segments.value.at(-1)!
    expect(last).toEqual({ key: 'gap:end', gap: (1000 - 32) * ROW })
    expect(wrapper!.findAll('tr[data-key]')).toHaveLength(32)
  })

  it('keeps the focused row drawn wherever it is, with spacers on both sides summing to the rest', async () => {
    const v = await grid(ref(names(1000)))
    v.activeKey.value = 'r700'
    await nextTick()
    await nextTick()
    const segs = v.segments.value
    expect(drawn(segs)).toEqual([...names(32), 'r700'])
    expect(segs.slice(-3)).toEqual([
      { key: 'gap:r700', gap: (700 - 32) * ROW },
      { key: 'r700', gap: 0, row: 'r700', index: 700 },
      { key: 'gap:end', gap: (1000 - 701) * ROW },
    ])
    // Rows drawn and spacers make up the whole height
    expect(drawn(segs).length * ROW + gaps(segs).reduce((a, b) => a + b, 0)).toBe(1000 * ROW)
  })

  it('skips the rows without a key and follows the rows as they change', async () => {
    const list = ref(['a', '', 'c'])
    const v = await grid(list)
    expect(drawn(v.segments.value)).toEqual(['a', 'c'])
    list.value = ['c', 'b']
    await nextTick()
    await nextTick()
    expect(v.segments.value.map(s => s.key)).toEqual(['c', 'b'])
  })
})

describe('the rows kept in range', () => {
  const range = { startIndex: 10, endIndex: 19, overscan: 2, count: 100 }

  it('adds the focused row, in order, to the range and its overscan', () => {
    expect(keepRow(50)(range)).toEqual([8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 50])
    expect(keepRow(0)(range)).toEqual([0, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21])
  })

  it('adds nothing for a row in range, no focused row, or one past the end', () => {
    const plain = keepRow(-1)(range)
    expect(plain).toEqual([8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21])
    expect(keepRow(12)(range)).toEqual(plain)
    expect(keepRow(100)(range)).toEqual(plain)
  })
})
