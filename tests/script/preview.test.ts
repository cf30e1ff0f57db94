// @vitest-environment jsdom
/**
 * The script preview: what it shows (scenes, counts, lines to check), that nothing changes before
 * "Apply", and applying to the open project (one undoable edit) or a new one from a preset.
 */
import { flushPromises } from '@vue/test-utils'
import { afterEach, describe, expect, it, vi } from 'vitest'
import ScriptDialog from '@/components/script/ScriptDialog.vue'
import { scriptPreview, showScript } from '@/components/script/scriptPreview'
import { readScript } from '@/script'
import { useLibraryStore } from '@/stores/library'
import { makeProject } from '../support/projects'
import { setup } from '../support/mount'

// 300 and 150 characters of text: a 2-minute episode shares 1.33 and 0.67 minutes (largest remainder)
const TEXT = `第1集\n1-1 日 内 客厅\n人物：林夏、陆乘\n△${'好'.repeat(300)}\n1-2 夜 外 街道\n林夏（OS）：${'好'.repeat(150)}\n2-9\n`
const project = makeProject({ meta: { title: 'My drama', minutesPerEpisode: 2 } })

const mounted: { unmount: () => void }[] = []
afterEach(() => {
  for (const w of mounted.splice(0)) w.unmount()
  scriptPreview.value = null
  document.body.innerHTML = ''
})

function open(locale: 'en' | 'zh-CN' = 'en') {
  const s = setup({ project, locale })
  showScript({ name: 'ep1.txt', read: readScript(TEXT, { minutes: { mode: 'share', minutesPerEpisode: 2 } }) })
  const w = s.render(ScriptDialog)
  mounted.push(w)
  const cells = () => w.findAll('[data-testid="script-scenes"] tbody tr').map(r => r.findAll('td').map(c => c.text()))
  return { ...s, w, cells }
}

describe('the script preview', () => {
  it('shows the scenes found, their counts and the lines to check, in a modal dialog', () => {
    const { w, cells } = open()
    const dialog = w.find('dialog')
    expect(dialog.attributes('open')).toBeDefined()
    expect(w.find('h2').text()).toBe('Script breakdown')
    expect(w.find('[data-testid="script-counts"]').text()).toBe('2 scenes in 1 episode · 2 locations · 2 cast members · 2.0 minutes')
    expect(cells()).toEqual([
      // names listed as English lists them in the English UI (integ15; 、 in Chinese)
      ['1', '1-1', 'Day', 'Int.', '客厅', '林夏, 陆乘', '1.33'],
      ['1', '1-2', 'Night', 'Ext.', '街道', '林夏', '0.67'],
    ])
    const problems = w.findAll('[data-testid="script-problems"] li').map(li => li.text())
    expect(problems).toEqual(['line 7 · not placed2-9A scene number without a time (日/夜), 内/外 or a place; not read as a heading.'])
  })

  it('estimates again at a fixed rate when asked, and changes nothing before Apply', async () => {
    const { w, cells, store } = open()
    const before = store.project
    await w.findAll('input[name="script-minutes"]')[1]!.setValue(true)
    // 300 and 150 characters at 500 a minute
    expect(cells().map(r => r[6])).toEqual(['0.60', '0.30'])
    await w.find('input[type="number"]').setValue('100')
    await w.find('input[type="number"]').trigger('change')
    expect(cells().map(r => r[6])).toEqual(['3.00', '1.50'])
    expect(store.project).toBe(before)
    await w.findAll('button').find(b => b.text() === 'Cancel')!.trigger('click')
    expect(scriptPreview.value).toBeNull()
    expect(store.project).toBe(before)
  })

  it('closes on Escape (the dialog\'s cancel event) without changing anything', async () => {
    const { w, store } = open()
    const before = store.project
    await w.find('dialog').trigger('cancel')
    expect(scriptPreview.value).toBeNull()
    expect(store.project).toBe(before)
  })

  it('applies to the open project as one edit that undoes', async () => {
    const { w, store } = open()
    await w.find('label.lines input').setValue(false)
    await w.findAll('button').find(b => b.text() === 'Apply')!.trigger('click')
    await flushPromises()
    expect(scriptPreview.value).toBeNull()
    expect(store.project.scenes!.map(s => [s.id, s.minutes])).toEqual([['e1s1', 1.33], ['e1s2', 0.67]])
    expect(store.project.cast!.map(c => c.name)).toEqual(['林夏', '陆乘'])
    // a shoot plan in script order on the phase called shooting
    expect(store.project.shoot).toMatchObject({ phase: 'shoot', hoursPerDay: 12, moveHours: 1, order: ['e1s1', 'e1s2'] })
    expect(useLibraryStore().notices.at(-1)).toMatchObject({ kind: 'info', key: 'script.applied', params: { name: 'ep1.txt', scenes: 2, locations: 2, cast: 2 } })
    store.undo()
    expect(store.project.scenes).toBeUndefined()
  })

  it('applies to a new project from a preset, named after the file, with the script\'s episodes', async () => {
    const { w, store } = open()
    await w.find('input[value="new"]').setValue(true)
    await flushPromises()
    expect(w.find('select').exists()).toBe(true)
    await w.find('label.lines input').setValue(false)
    // Apply waits for the preset, which is loaded on demand
    const apply = () => w.findAll('button').find(b => b.text() === 'Apply')!
    await vi.waitFor(() => expect(apply().attributes('disabled')).toBeUndefined())
    await apply().trigger('click')
    await vi.waitFor(() => expect(store.project.meta.title).toBe('ep1'))
    expect(store.project.meta.episodes).toBe(1)
    expect(store.project.scenes).toHaveLength(2)
    // the preset's 1.5 minutes per episode are shared: 1.00 and 0.50
    expect(store.project.scenes!.map(s => s.minutes)).toEqual([1, 0.5])
  })

  it('reads pasted text, and says so when the field is empty', async () => {
    const s = setup({ project })
    showScript({ name: '', read: null, text: '' })
    const w = s.render(ScriptDialog)
    mounted.push(w)
    expect(w.find('h2').text()).toBe('Paste a script')
    await w.find('form').trigger('submit')
    expect(w.find('[role="alert"]').text()).toBe('Paste the script text first.')
    await w.find('textarea').setValue('Dear producer, my idea.')
    await w.find('form').trigger('submit')
    expect(w.find('[role="alert"]').text()).toContain('no scene heading was found in it')
    await w.find('textarea').setValue(TEXT)
    await w.find('form').trigger('submit')
    expect(w.find('[data-testid="script-counts"]').text()).toMatch(/^2 scenes in 1 episode · /)
    await w.findAll('button').find(b => b.text() === 'Edit the text')!.trigger('click')
    expect((w.find('textarea').element as HTMLTextAreaElement).value).toBe(TEXT)
  })

  it('speaks Chinese', () => {
    const { w, cells } = open('zh-CN')
    expect(w.find('h2').text()).toBe('剧本拆解')
    expect(w.find('[data-testid="script-counts"]').text()).toBe('1 集 2 场 · 2 个场景地点 · 2 个角色 · 2.0 分钟')
    expect(cells()[0]!.slice(2, 4)).toEqual(['日', '内'])
    expect(w.text()).toContain('只有场号，没有时间')
  })
})
