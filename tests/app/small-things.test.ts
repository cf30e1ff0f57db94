// @vitest-environment jsdom
/**
 * Small things of issues 14 and 18: unknown addresses say "not found" with links, a new project
 * never takes another's title, a project made from the projects list opens, the New project
 * dialog is a real <dialog> that takes the focus and closes with Escape and gives each preset's
 * figures as the engine computes them, an inline confirmation cancels with Escape, and an empty
 * title reads "Untitled" in the language shown.
 */
import 'fake-indexeddb/auto'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { flushPromises, mount } from '@vue/test-utils'
import { createPinia, setActivePinia } from 'pinia'
import { nextTick } from 'vue'
import { viewFromHash, useUiStore } from '@/stores/ui'
import { withDistinctTitle } from '@/app/distinctTitle'
import { loadPreset } from '@/app/presets'
import { computeProject } from '@/engine/compute'
import { formatCompactMoney } from '@/app/format'
import type { Project } from '@/engine/types'
import { useLibraryStore } from '@/stores/library'
import { useProjectStore } from '@/stores/project'
import { createAppI18n } from '@/i18n'
import NewProjectDialog from '@/components/newProject/NewProjectDialog.vue'
import ProjectList from '@/components/projects/ProjectList.vue'
import NotFound from '@/components/common/NotFound.vue'
import ScenarioDetail from '@/components/scenarios/ScenarioDetail.vue'
import { setup } from '../support/mount'
import { LAZY_MESSAGES } from '../support/i18n'

let db = ''
let n = 0
const opened: ReturnType<typeof useLibraryStore>[] = []
beforeEach(() => {
  db = `small-things-${++n}`
  localStorage.clear()
  document.body.innerHTML = ''
  location.hash = ''
})
afterEach(() => {
  for (const l of opened.splice(0)) l.close()
})

async function libraryTab() {
  const pinia = createPinia()
  setActivePinia(pinia)
  const library = useLibraryStore()
  opened.push(library)
  await library.init({ dbName: db, storage: null })
  return { pinia, library, store: useProjectStore(), ui: useUiStore() }
}

describe('an address that names no view', () => {
  it('is "not found", not the overview; no name is the overview', () => {
    expect(viewFromHash('#/budgte')).toBe('notFound')
    expect(viewFromHash('#/budget')).toBe('budget')
    expect(viewFromHash('#/compare?scenario=ai&project=abc')).toBe('compare')
    expect(viewFromHash('')).toBe('overview')
    expect(viewFromHash('#/')).toBe('overview')
  })

  it('says so in words, with a link to every view, in Chinese too', async () => {
    location.hash = '#/budgte'
    const { pinia, ui } = setup({ locale: 'zh-CN' })
    const w = mount(NotFound, { attachTo: document.body, global: { plugins: [pinia, createAppI18n('zh-CN', LAZY_MESSAGES)] } })
    expect(w.get('[role="alert"]').text()).toBe('本应用没有“budgte”这个页面。请前往以下页面之一：')
    const links = w.findAll('a')
    expect(links.map(a => a.attributes('href'))).toContain('#/budget')
    expect(links.find(a => a.attributes('href') === '#/budget')!.text()).toBe('预算')
    await links.find(a => a.attributes('href') === '#/budget')!.trigger('click')
    expect(ui.view).toBe('budget')
  })
})

describe('a new project\'s title', () => {
  it('gets the first free number, on the title and each translation', () => {
    const p = { meta: { title: 'Heiress', l10n: { 'zh-CN': { title: '千金' } } } } as unknown as Project
    expect(withDistinctTitle(p, [{ title: 'Other' }])).toBe(p)
    const second = withDistinctTitle(p, [{ title: 'Heiress', titles: { 'zh-CN': '千金' } }])
    expect(second.meta.title).toBe('Heiress (2)')
    expect((second.meta as unknown as { l10n: Record<string, { title: string }> }).l10n['zh-CN']!.title).toBe('千金 (2)')
    const third = withDistinctTitle(p, [{ title: 'Heiress' }, { title: 'Heiress (2)' }, { title: 'x', titles: { 'zh-CN': '千金 (3)' } }])
    expect(third.meta.title).toBe('Heiress (4)')
  })

  it('the same preset twice in the library: the second is "(2)", a duplicate of a copy never repeats a name', async () => {
    const { library, store } = await libraryTab()
    const title = store.project.meta.title
    await library.newFromPreset('cn-micro-drama')
    expect(library.active.map(p => p.title).sort()).toEqual([title, `${title} (2)`])
    expect(store.project.meta.title).toBe(`${title} (2)`)
    const first = library.active.find(p => p.title === title)!
    await library.duplicate(first.id)
    await library.duplicate(first.id)
    expect(library.active.map(p => p.title).sort()).toEqual([title, `${title} (2)`, `${title} (copy)`, `${title} (copy) (2)`])
  })
})

describe('the New project dialog', () => {
  it('is a <dialog> that takes the focus, closes with Escape, and gives each preset\'s figures from the engine', async () => {
    const { pinia } = setup({ locale: 'zh-CN' })
    const w = mount(NewProjectDialog, { attachTo: document.body, global: { plugins: [pinia, createAppI18n('zh-CN', LAZY_MESSAGES)] } })
    const dialog = w.get('dialog')
    expect(dialog.attributes('open')).toBeDefined()
    expect(dialog.element.contains(document.activeElement)).toBe(true)
    await flushPromises()
    await new Promise(r => setTimeout(r, 50))
    await flushPromises()
    // "约 45 万" typed beside the default preset is gone: the card says what the engine computes
    const project = await loadPreset('cn-micro-drama')
    const base = computeProject(project).scenarios.find(c => c.result.baseline)!.result
    const card = w.get('[data-preset="cn-micro-drama"]').text()
    expect(card).toContain(`约 ${formatCompactMoney(base.total, 'CNY', 2, 'zh-CN')}`)
    expect(card).toContain(`${project.meta.episodes} 集 × ${project.meta.minutesPerEpisode} 分钟，共 ${base.calendarDays} 天`)
    await dialog.trigger('keydown', { key: 'Escape' })
    expect(w.emitted('close')).toHaveLength(1)
  })

  it('made from the projects list, the new project opens', async () => {
    const { pinia, library, store, ui } = await libraryTab()
    ui.go('projects')
    const before = store.projectId
    const w = mount(NewProjectDialog, { attachTo: document.body, global: { plugins: [pinia, createAppI18n('en', LAZY_MESSAGES)] } })
    await w.get('[data-preset="us-vertical-drama"]').trigger('click')
    // the preset is loaded and stored asynchronously: wait for the new project, however busy the machine
    await vi.waitFor(() => expect(library.active).toHaveLength(2), { timeout: 10_000 })
    await flushPromises()
    expect(store.projectId).not.toBe(before)
    expect(store.project.meta.currency).toBe('USD')
    expect(library.active).toHaveLength(2)
    expect(ui.view).toBe('overview')
  })
})

describe('an empty project title', () => {
  it('reads "Untitled" in the language shown, as a link that can be seen and pressed', async () => {
    const { pinia, library, store } = await libraryTab()
    await library.newBlank('', 'CNY', 'zh-CN')
    const blank = store.projectId
    for (const [locale, word] of [['en', 'Untitled'], ['zh-CN', '未命名']] as const) {
      const w = mount(ProjectList, { attachTo: document.body, global: { plugins: [pinia, createAppI18n(locale, LAZY_MESSAGES)] } })
      const link = w.get(`tr[data-project="${blank}"] a.project-title`)
      expect(link.text()).toBe(word)
      w.unmount()
    }
  })
})

describe('an inline confirmation', () => {
  it('takes the focus and cancels with Escape, the focus back on Delete', async () => {
    const { render, store } = setup()
    const w = render(ScenarioDetail)
    const del = w.get('button.danger')
    await del.trigger('click')
    await nextTick()
    const box = w.get('[role="alertdialog"]')
    expect(box.element.contains(document.activeElement)).toBe(true)
    const scenarios = store.project.scenarios.length
    await box.trigger('keydown', { key: 'Escape' })
    expect(w.find('[role="alertdialog"]').exists()).toBe(false)
    expect(document.activeElement).toBe(del.element)
    expect(store.project.scenarios).toHaveLength(scenarios)
  })
})
