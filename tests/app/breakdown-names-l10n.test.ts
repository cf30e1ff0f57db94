// @vitest-environment jsdom
/**
 * Cast and location names in the language shown: a project that carries a Chinese name for an
 * English one (`Su Wan` / `苏晚`, as the shoot-plan preset does) shows the Chinese in the Chinese
 * breakdown, its filters, its names editor, the budget's quantities and the breakdown export; a
 * name typed in either language is the same person; a rename replaces the name in every language.
 */
import { beforeEach, describe, expect, it } from 'vitest'
import { nextTick } from 'vue'
import type { Project } from '@/engine/types'
import BreakdownView from '@/views/BreakdownView.vue'
import { planBasisText } from '@/app/quantity'
import { breakdownSheet } from '@/export/breakdown'
import { renameEntry, setSceneCastNames } from '@/stores/breakdownEdits'
import { sceneRows, NO_QUERY } from '@/stores/breakdownRows'
import { setup, typeAndCommit } from '../support/mount'
import example from '../fixtures/breakdown-example.json'

/** The breakdown example, with an English cast member and location that carry Chinese names. */
function project(): Project {
  const p = structuredClone(example) as unknown as Project
  p.cast = p.cast!.map(c => (c.id === 'lu-cheng' ? { ...c, name: 'Lu Cheng', l10n: { 'zh-CN': { name: '陆乘' } } } : c))
  p.locations = p.locations!.map(l => (l.id === 'cafe' ? { ...l, name: 'Café', l10n: { 'zh-CN': { name: '咖啡厅' } } } : l))
  return p
}
const t = (key: string, params: Record<string, string>) => `${key}(${params.name})`

beforeEach(() => {
  localStorage.clear()
  document.body.innerHTML = ''
  Object.defineProperty(window, 'innerHeight', { value: 4000, configurable: true })
})

describe('names in the language shown', { timeout: 20_000 }, () => {
  it('the Chinese breakdown shows the Chinese names in its cells, filters and names editor; the English one the English names', async () => {
    for (const [locale, person, place] of [['zh-CN', '陆乘', '咖啡厅'], ['en', 'Lu Cheng', 'Café']] as const) {
      const { render } = setup({ project: project(), locale })
      const w = render(BreakdownView)
      await nextTick()
      const castCells = w.findAll('input[data-cell="cast"]').map(i => (i.element as HTMLInputElement).value)
      expect(castCells.some(v => v.includes(person)), locale).toBe(true)
      const places = w.findAll('select[data-cell="location"] option').map(o => o.text())
      expect(places, locale).toContain(place)
      // the toolbar's filters and the names editor
      const options = w.findAll('.breakdown-toolbar option').map(o => o.text())
      expect(options).toEqual(expect.arrayContaining([person, place]))
      const names = w.findAll('.breakdown-names input.name').map(i => (i.element as HTMLInputElement).value)
      expect(names).toEqual(expect.arrayContaining([person, place]))
      // and nowhere the other language's name (summaries by location and by cast included)
      const other = locale === 'en' ? ['陆乘', '咖啡厅'] : ['Lu Cheng', 'Café']
      for (const name of other) expect(w.text(), locale).not.toContain(name)
      w.unmount()
    }
  })

  it('a name typed in either language is the same cast member: no one is added', async () => {
    const p = project()
    const scene = p.scenes!.find(s => !s.cast.includes('lu-cheng'))!
    for (const typed of ['陆乘', 'lu cheng', 'LU CHENG']) {
      const next = setSceneCastNames(p, scene.id, [typed])
      expect(next.cast).toHaveLength(p.cast!.length)
      expect(next.scenes!.find(s => s.id === scene.id)!.cast).toEqual(['lu-cheng'])
    }
    // and in the grid, in Chinese
    const { render, store } = setup({ project: p, locale: 'zh-CN' })
    const w = render(BreakdownView)
    await nextTick()
    const cell = w.get(`tr[data-key="${scene.id}"] input[data-cell="cast"]`)
    await typeAndCommit(cell, '陆乘')
    expect(store.project.scenes!.find(s => s.id === scene.id)!.cast).toEqual(['lu-cheng'])
    expect(store.project.cast).toHaveLength(p.cast!.length)
  })

  it('a rename replaces the name in every language, and keeps the entry\'s other translations', () => {
    const p = project()
    p.locations = p.locations!.map(l => (l.id === 'cafe' ? { ...l, l10n: { 'zh-CN': { name: '咖啡厅', note: '二楼' } } } : l))
    const next = renameEntry(p, 'locations', 'cafe', '星巴克')
    const cafe = next.locations!.find(l => l.id === 'cafe')!
    expect(cafe.name).toBe('星巴克')
    expect(cafe.l10n).toEqual({ 'zh-CN': { note: '二楼' } })
    const cast = renameEntry(p, 'cast', 'lu-cheng', 'Lu Chen').cast!.find(c => c.id === 'lu-cheng')!
    expect(cast).toEqual({ id: 'lu-cheng', name: 'Lu Chen', pay: cast.pay })
  })

  it('the quantity, the sorting, the search and the export follow the language', () => {
    const p = project()
    expect(planBasisText(p, 'cast:lu-cheng', t, 'zh-CN')).toBe('× breakdown.basis.cast(陆乘)')
    expect(planBasisText(p, 'cast:lu-cheng', t, 'en')).toBe('× breakdown.basis.cast(Lu Cheng)')
    // the search finds a scene by either name
    const zh = sceneRows(p, { ...NO_QUERY, find: '陆乘' }, 'zh-CN')
    expect(zh.length).toBeGreaterThan(0)
    expect(sceneRows(p, { ...NO_QUERY, find: 'lu cheng' }, 'zh-CN')).toEqual(zh)
    expect(zh.every(i => p.scenes![i]!.cast.includes('lu-cheng'))).toBe(true)
    // the export takes the name the app shows
    const rows = breakdownSheet(p, { label: x => (x.id === 'cafe' ? '咖啡厅' : x.id === 'lu-cheng' ? '陆乘' : x.name) })
    const cafeRow = rows.find(r => r[5] === '咖啡厅')
    expect(cafeRow).toBeDefined()
    expect(rows.some(r => r[5] === 'Café')).toBe(false)
    expect(rows.some(r => String(r[6]).includes('陆乘'))).toBe(true)
  })
})
