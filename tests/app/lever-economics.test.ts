// @vitest-environment jsdom
/**
 * A lever card's AI economics in jsdom with a real Pinia, in English and Chinese: the price per
 * generation and the takes in its editor, and its break-even line with the warning when the tools
 * cost more than the lever saves. Figures hand-computed on a small project (CNY, 20 finished
 * minutes; see tests/app/economics.test.ts).
 */
import { flushPromises } from '@vue/test-utils'
import type { VueWrapper } from '@vue/test-utils'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import LeverLibrary from '@/components/levers/LeverLibrary.vue'
import LeversPanel from '@/components/levers/LeversPanel.vue'
import type { AppLocale } from '@/i18n'
import type { Lever, Project, Range, ToolCost } from '@/engine/types'
import { line, makeProject, scenario } from '../support/projects'
import { setup, typeAndCommit } from '../support/mount'

beforeEach(() => {
  localStorage.clear()
  document.body.innerHTML = ''
})

const at = (x: number): Range => ({ low: x, likely: x, high: x })

/**
 * x: 10 days × ¥300.00 of labor, cut 40 % by "gen" at 50 %: it saves ¥600.00. Its tool: ¥2.00 a
 * generation per finished minute, 3 takes: 0.5 × 2.00 × 20 × 3 = ¥60.00. Break-even:
 * 600.00 / (0.5 × 20 × 3) = ¥20.00 a generation. "idle" has a tool but is not adopted; "plain"
 * is adopted and has no tool.
 */
function project(tool: Partial<ToolCost> = {}): Project {
  const gen: Lever = {
    id: 'gen', name: 'Gen', targets: { lines: ['x'] }, reduction: at(40),
    toolCost: { amount: 2, per: 'minute', section: 'ai', takes: at(3), ...tool },
    l10n: { 'zh-CN': { name: '生成' } },
  }
  return makeProject({
    sections: [{ id: 'crew', name: 'Crew' }, { id: 'ai', name: 'AI' }],
    lines: [line('x', { kind: 'labor', qty: 10, unit: 'day', rate: 300 }), line('y', { rate: 100 })],
    levers: [
      gen,
      { id: 'idle', name: 'Idle', targets: { lines: ['y'] }, reduction: at(10), toolCost: { amount: 5, per: 'episode', section: 'ai' } },
      { id: 'plain', name: 'Plain', targets: { lines: ['y'] }, reduction: at(10) },
    ],
    scenarios: [scenario('base', {}, { baseline: true }), scenario('s', { gen: 50, plain: 100 }, { name: 'AI' })],
  })
}

function mountPanel(p: Project, locale: AppLocale = 'en') {
  const ctx = setup({ project: p, locale })
  ctx.ui.scenarioId = 's'
  return { ...ctx, w: ctx.render(LeversPanel) }
}

const card = (w: VueWrapper, id: string) => w.get(`article[data-lever="${id}"]`)
const breakEvenOf = (w: VueWrapper, id: string) => card(w, id).get('[data-testid="break-even"]')

describe('break-even on a lever card', () => {
  it('says up to what price per generation the tool pays off, and the price now', () => {
    const { w } = mountPanel(project())
    expect(breakEvenOf(w, 'gen').text()).toBe('Pays off up to CN¥20.00 per generation (now CN¥2.00)')
    expect(breakEvenOf(w, 'gen').attributes('title')).toBe('In AI it saves CN¥600.00 on its lines (before markups) and its AI tools cost CN¥60.00.')
    expect(card(w, 'gen').classes()).not.toContain('losing')
    expect(breakEvenOf(w, 'gen').attributes('data-state')).toBe('price')
  })

  it('in Chinese', () => {
    const { w } = mountPanel(project(), 'zh-CN')
    expect(breakEvenOf(w, 'gen').text()).toBe('每次生成价格不超过 ¥20.00 即可回本（现为 ¥2.00）')
  })

  it('quotes the price per finished minute when the tool counts no takes', () => {
    // ¥2.00 per minute, 1 take: 0.5 × 2 × 20 = ¥20.00 of tools; break-even 600 / (0.5 × 20) = ¥60.00
    const { w } = mountPanel(project({ takes: undefined }))
    expect(breakEvenOf(w, 'gen').text()).toBe('Pays off up to CN¥60.00 per finished minute (now CN¥2.00)')
  })

  it.each(['en', 'zh-CN'] as const)('turns to a warning, in words, once the price per generation passes the break-even (%s)', async (locale) => {
    const { w, store } = mountPanel(project(), locale)
    await card(w, 'gen').get('button[aria-expanded]').trigger('click')
    const price = card(w, 'gen').get(`input[aria-label="${locale === 'en' ? 'Price per generation (Gen)' : '每次生成价格 (生成)'}"]`)

    // ¥19.00: 0.5 × 19 × 20 × 3 = ¥570.00 of tools against ¥600.00 saved: still pays off
    await typeAndCommit(price, '19')
    expect(store.project.levers![0]!.toolCost!.amount).toBe(19)
    expect(card(w, 'gen').classes()).not.toContain('losing')
    expect(card(w, 'gen').find('.warn').exists()).toBe(false)

    // ¥25.00: ¥750.00 of tools against ¥600.00 saved
    await typeAndCommit(price, '25')
    expect(card(w, 'gen').classes()).toContain('losing')
    expect(breakEvenOf(w, 'gen').attributes('data-state')).toBe('losing')
    expect(breakEvenOf(w, 'gen').text()).toBe(locale === 'en'
      ? '⚠ Costs more than it saves: tools CN¥750.00 vs CN¥600.00 saved. Pays off up to CN¥20.00 per generation (now CN¥25.00)'
      : '⚠ 得不偿失：工具 ¥750.00，节省 ¥600.00。 每次生成价格不超过 ¥20.00 即可回本（现为 ¥25.00）')
    // The net effect beside the slider agrees: +¥150.00
    expect(card(w, 'gen').get('.lever-effect').text()).toBe(locale === 'en' ? '+CN¥150.00' : '+¥150.00')

    // Back at the break-even, ¥20.00: ¥600.00 against ¥600.00, no warning
    await typeAndCommit(price, '20')
    expect(card(w, 'gen').classes()).not.toContain('losing')
  })

  it('says in words why there is no break-even', async () => {
    const { w, store, ui } = mountPanel(project())
    expect(breakEvenOf(w, 'idle').text()).toBe('Not adopted in AI: no break-even to show')
    expect(breakEvenOf(w, 'plain').text()).toBe('No AI tool cost: all its saving is net')
    // 0 episodes in the scenario: nothing to pay per finished minute
    store.edit((d) => { d.scenarios[1]!.overrides = { episodes: 0 } })
    await flushPromises()
    expect(breakEvenOf(w, 'gen').text()).toBe('No finished minutes in AI: its tool costs nothing here')
    // A lever whose break-even would pass the engine's range of amounts
    store.edit((d) => { delete d.scenarios[1]!.overrides; d.levers![0]!.toolCost!.takes = at(1e-12) })
    await flushPromises()
    expect(breakEvenOf(w, 'gen').text()).toBe('Pays off at any price: its break-even is beyond the amounts this app computes')
    expect(ui.scenarioId).toBe('s')
  })

  it('in the compact card, only where there is a tool to pay for', () => {
    const ctx = setup({ project: project() })
    ctx.ui.scenarioId = 's'
    const w = ctx.render(LeversPanel, { compact: true })
    expect(card(w, 'gen').find('[data-testid="break-even"]').exists()).toBe(true)
    expect(card(w, 'idle').find('[data-testid="break-even"]').exists()).toBe(false)
    expect(card(w, 'plain').find('[data-testid="break-even"]').exists()).toBe(false)
  })
})

describe('generation price and takes in the lever editor', () => {
  it('labels the amount "price per generation" with takes, "tool cost" without', async () => {
    const { w } = mountPanel(project())
    await card(w, 'gen').get('button[aria-expanded]').trigger('click')
    await card(w, 'idle').get('button[aria-expanded]').trigger('click')
    expect(card(w, 'gen').find('input[aria-label="Price per generation (Gen)"]').exists()).toBe(true)
    expect(card(w, 'idle').find('input[aria-label="Tool cost (Idle)"]').exists()).toBe(true)
    expect(card(w, 'gen').get('.takes').text()).toContain('Takes per usable result')
  })

  it('checks each take as it is typed (more than 0) and keeps low ≤ likely ≤ high', async () => {
    const { w, store } = mountPanel(project({ takes: { low: 1, likely: 3, high: 5 } }))
    await card(w, 'gen').get('button[aria-expanded]').trigger('click')
    const take = (k: string) => card(w, 'gen').get(`input[aria-label="Takes per usable result (Gen) ${k}"]`)
    const takes = () => store.project.levers![0]!.toolCost!.takes

    // 0 is refused as it is typed, and never reaches the project
    await take('Low').setValue('0')
    expect(card(w, 'gen').get('.takes [role="alert"]').text()).toBe('Must be more than 0')
    await take('Low').trigger('keydown', { key: 'Enter' })
    expect(takes()).toEqual({ low: 1, likely: 3, high: 5 })

    // A high below the likely value breaks the order
    await typeAndCommit(take('High'), '2')
    expect(card(w, 'gen').get('.takes .range-fields > [role="alert"]').text()).toBe('Needs low ≤ likely ≤ high')
    expect(takes()).toEqual({ low: 1, likely: 3, high: 5 })

    // A good value goes through: 0.5 × 2.00 × 20 × 4 = ¥80.00; break-even 600 / (0.5 × 20 × 4) = ¥15.00
    await typeAndCommit(take('Likely'), '4')
    expect(takes()).toEqual({ low: 1, likely: 4, high: 5 })
    expect(store.result.scenarios[1]!.result.tools).toEqual([{ lever: 'gen', section: 'ai', amount: 8000 }])
    expect(breakEvenOf(w, 'gen').text()).toBe('Pays off up to CN¥15.00 per generation (now CN¥2.00)')
  })

  it.each(['en', 'zh-CN'] as const)('adds takes (one per result: the cost stays) and removes them (%s)', async (locale) => {
    const { w, store } = mountPanel(project({ takes: undefined }), locale)
    await card(w, 'gen').get('button[aria-expanded]').trigger('click')
    const tools = () => store.result.scenarios[1]!.result.tools[0]!.amount
    expect(tools()).toBe(2000)
    await card(w, 'gen').get('button.add-takes').trigger('click')
    expect(store.project.levers![0]!.toolCost!.takes).toEqual({ low: 1, likely: 1, high: 1 })
    expect(tools()).toBe(2000)
    // Now a price per generation
    expect(card(w, 'gen').find(`input[aria-label="${locale === 'en' ? 'Price per generation (Gen)' : '每次生成价格 (生成)'}"]`).exists()).toBe(true)
    await card(w, 'gen').get(`button[aria-label="${locale === 'en' ? 'Remove the takes of Gen' : '移除生成的生成次数'}"]`).trigger('click')
    expect(store.project.levers![0]!.toolCost).not.toHaveProperty('takes')
    expect(card(w, 'gen').find('.takes').exists()).toBe(false)
    // Undo brings them back
    store.undo()
    expect(store.project.levers![0]!.toolCost!.takes).toEqual({ low: 1, likely: 1, high: 1 })
  })
})

describe('lever library: generation prices and takes', () => {
  it.each(['en', 'zh-CN'] as const)('shows each tool’s price and takes, and adding a lever keeps them with its source (%s)', async (locale) => {
    // A blank CNY project: AI shots in live action is not in it yet
    const p = makeProject({ sections: [{ id: 'crew', name: 'Crew' }], scenarios: [scenario('base', {}, { baseline: true }), scenario('s')] })
    const { render, store, ui } = setup({ project: p, locale })
    ui.scenarioId = 's'
    const lib = render(LeverLibrary)
    await vi.waitFor(() => expect(lib.findAll('.library-list li').length).toBeGreaterThan(0))
    await flushPromises()
    const item = lib.findAll('.library-list li').find(li => li.find('button[aria-label$="AI-generated shots replace part of live-action shooting"], button[aria-label$="AI生成镜头替代部分实拍"]').exists())!
    expect(item.get('[data-testid="library-price"]').text()).toBe(locale === 'en'
      ? 'Generation CN¥16.85 × 5–15–30 takes, per finished minute'
      : '每次生成 ¥16.85 × 5–15–30 次，每成片分钟')
    await item.get('button').trigger('click')
    const added = store.project.levers!.find(l => l.id === 'ai-live-action')!
    expect(added.toolCost).toEqual({ amount: 16.85, per: 'minute', section: 'ai', takes: { low: 5, likely: 15, high: 30 } })
    expect(added.source?.url).toBe('https://help.runwayml.com/hc/en-us/articles/37327109429011-Creating-with-Gen-4')
    // The card shows the price per generation, the takes and the source
    const panel = render(LeversPanel)
    await card(panel, 'ai-live-action').get('button[aria-expanded]').trigger('click')
    const price = card(panel, 'ai-live-action').get('.tool-cost input')
    expect((price.element as HTMLInputElement).value).toBe('16.85')
    expect(card(panel, 'ai-live-action').get('.tool-cost').text()).toContain(locale === 'en' ? 'Price per generation' : '每次生成价格')
    expect(card(panel, 'ai-live-action').findAll('.takes input').map(i => (i.element as HTMLInputElement).value)).toEqual(['5', '15', '30'])
    expect(card(panel, 'ai-live-action').get('.source a').attributes('href')).toBe(added.source!.url)
  })
})

describe('one story of a lever\'s saving on its card', () => {
  /*
   * gen at 50 % cuts x (10 × ¥300.00) by 40 % × 0.5 = 20 %: a gross saving of ¥600.00 on its lines;
   * its tools cost ¥60.00; makeProject's projects carry no markup, so the markups' change is ¥0.00
   * and the net effect is −¥600.00 + ¥60.00 = −¥540.00, the amount beside the slider.
   */
  it.each([
    ['en', 'Gross saving (its lines, before tools and markups) −CN¥600.00 + AI tool costs +CN¥60.00 + Markups on the change CN¥0.00 = Net effect on the total −CN¥540.00'],
    ['zh-CN', '毛节省 (其明细，未计工具和附加费用) −¥600.00 + AI 工具费用 +¥60.00 + 附加费用随之变化 ¥0.00 = 对总计的净影响 −¥540.00'],
  ] as const)('names gross saving, AI tools, markups and net in the waterfall\'s words (%s)', (locale, text) => {
    const { w } = mountPanel(project(), locale)
    expect(card(w, 'gen').get('[data-testid="lever-story"]').text().replace(/\s+/g, ' ')).toBe(text)
    expect(card(w, 'gen').get('.lever-effect').text()).toBe(locale === 'en' ? '−CN¥540.00' : '−¥540.00')
    // Not adopted: no story to tell.
    expect(card(w, 'idle').find('[data-testid="lever-story"]').exists()).toBe(false)
  })
})

describe('a lever\'s source note in the language shown', () => {
  it.each([['en', 'Our estimate.'], ['zh-CN', '我们的估计。']] as const)('%s', async (locale, note) => {
    const p = project()
    p.levers![0]!.source = { title: 'A source', url: 'https://example.com/a', note: 'Our estimate.', l10n: { 'zh-CN': { note: '我们的估计。' } } } as never
    const { w } = mountPanel(p, locale)
    await card(w, 'gen').get('button[aria-expanded]').trigger('click')
    expect(card(w, 'gen').get('[data-testid="lever-source-note"]').text()).toBe(`— ${note}`)
  })

  it.each([['en', 'Runway price page: US$0.12 per second'], ['zh-CN', 'Runway 价格页：每秒 0.12 美元']] as const)('and its title, where the file carries one (%s)', async (locale, title) => {
    const p = project()
    p.levers![0]!.source = { title: 'Runway price page: US$0.12 per second', url: 'https://example.com/a', l10n: { 'zh-CN': { title: 'Runway 价格页：每秒 0.12 美元' } } } as never
    const { w } = mountPanel(p, locale)
    await card(w, 'gen').get('button[aria-expanded]').trigger('click')
    expect(card(w, 'gen').get('a[href="https://example.com/a"]').text()).toBe(title)
  })
})
