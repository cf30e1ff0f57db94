// @vitest-environment jsdom
/**
 * The human side and the regulator's side of the figures, in jsdom with a real Pinia, in English
 * and Chinese: person-days in the topsheet and the compare table (the engine's own figures), and
 * China's review tier beside the total, with the note when the scenario shown crosses a threshold.
 */
import { flushPromises } from '@vue/test-utils'
import type { VueWrapper } from '@vue/test-utils'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { nextTick } from 'vue'
import TopsheetTable from '@/components/budget/TopsheetTable.vue'
import CompareTable from '@/components/compare/CompareTable.vue'
import KpiBar from '@/components/shell/KpiBar.vue'
import { computeProject } from '@/engine/compute'
import { parseProjectText } from '@/engine/validate'
import type { Project } from '@/engine/types'
import type { AppLocale } from '@/i18n'
import tiers from '../../presets/review-tier.json'
import { line, makeProject, scenario } from '../support/projects'
import { setup } from '../support/mount'

beforeEach(() => {
  localStorage.clear()
  document.body.innerHTML = ''
})

function presetProject(id: string): Project {
  const parsed = parseProjectText(readFileSync(join(import.meta.dirname, '..', '..', 'presets', `${id}.json`), 'utf8'))
  if (!parsed.ok) throw new Error(`preset ${id} is invalid`)
  return parsed.project
}

const oneDecimal = (n: number, locale: string, signed = false) =>
  `${n < 0 ? '−' : signed && n > 0 ? '+' : ''}${new Intl.NumberFormat(locale, { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(Math.abs(n))}`

const cells = (w: VueWrapper, row: string) => w.get(`tr[data-row="${row}"]`).findAll('th, td').map(c => c.text())

describe.each(['en', 'zh-CN'] as const)('person-days (%s)', (locale) => {
  const premium = presetProject('cn-premium-drama')
  const result = computeProject(premium)
  const base = result.scenarios.find(c => c.result.baseline)!.result
  const ai = result.scenarios.find(c => c.result.id === 'ai')!

  it('the topsheet has a row per section with person-days and the total, baseline against scenario, as the engine gives them', () => {
    const { render, ui } = setup({ project: premium, locale })
    ui.scenarioId = 'ai'
    const w = render(TopsheetTable)
    // Engine: script 180.0 → 157.5, cast 700.4 → 515.1, crew 786.0 → 610.3; total 1,666.4 → 1,282.9 (−383.5)
    const counted = ai.result.personDays.sections.filter((s, i) => s.days !== 0 || base.personDays.sections[i]!.days !== 0)
    expect(counted.map(s => s.id)).toEqual(['script', 'cast', 'crew'])
    for (const s of counted) {
      const b = base.personDays.sections.find(x => x.id === s.id)!.days
      const row = cells(w, `days-${s.id}`)
      expect(row.slice(1, 4)).toEqual([oneDecimal(b, locale), oneDecimal(s.days, locale), oneDecimal(Math.round((s.days - b) * 10) / 10, locale, true)])
    }
    expect(w.findAll('tr[data-row^="days-"]').map(r => r.attributes('data-row'))).toEqual(['days-script', 'days-cast', 'days-crew', 'days-total'])
    expect(cells(w, 'days-total')).toEqual([
      locale === 'en' ? 'Total person-days' : '人天合计',
      oneDecimal(base.personDays.total, locale),
      oneDecimal(ai.result.personDays.total, locale),
      oneDecimal(ai.vsBaseline.personDays, locale, true),
      '−23.0%',
    ])
    expect(cells(w, 'days-total')[3]).toBe('−383.5')
  })

  it('the compare table has a row per section with person-days and the total, per scenario, as the engine gives them', () => {
    const { render } = setup({ project: premium, locale })
    const w = render(CompareTable, { reference: 'baseline' })
    for (const id of ['script', 'cast', 'crew']) {
      const row = Object.fromEntries(w.get(`tr[data-row="days:${id}"]`).findAll('td').map(td => [td.attributes('data-scenario'), td.text()]))
      expect(row).toEqual(Object.fromEntries(result.scenarios.map(c => [c.result.id, oneDecimal(c.result.personDays.sections.find(s => s.id === id)!.days, locale)])))
    }
    // Sections without person-days in any scenario have no row
    expect(w.find('tr[data-row="days:shooting"]').exists()).toBe(false)
    const total = Object.fromEntries(w.get('tr[data-row="days-total"]').findAll('td').map(td => [td.attributes('data-scenario'), td.text()]))
    expect(total).toEqual({ 'baseline': oneDecimal(1666.4, locale), 'ai': oneDecimal(1282.9, locale), 'ai-aggressive': oneDecimal(690.3, locale) })
  })

  it('the compare table has the review tier of each scenario: the baseline national, both AI scenarios provincial', () => {
    const { render } = setup({ project: premium, locale })
    const w = render(CompareTable, { reference: 'baseline' })
    const tier = Object.fromEntries(w.get('tr[data-row="review-tier"]').findAll('td').map(td => [td.attributes('data-scenario'), td.text()]))
    expect(tier).toEqual(locale === 'en'
      ? { 'baseline': 'National', 'ai': 'Provincial', 'ai-aggressive': 'Provincial' }
      : { 'baseline': '国家级', 'ai': '省级', 'ai-aggressive': '省级' })
  })
})

/** One flat cost line of `base` yuan in the baseline, overridden to `shown` yuan in scenario "s". */
function tierProject(base: number, shown: number, currency = 'CNY'): Project {
  return makeProject({
    meta: { currency },
    lines: [line('x', { rate: base })],
    scenarios: [scenario('base', {}, { baseline: true, name: 'Traditional' }), scenario('s', {}, { name: 'AI', overrides: { lines: { x: { rate: shown } } } })],
  })
}

function kpis(p: Project, locale: AppLocale = 'en') {
  const ctx = setup({ project: p, locale })
  ctx.ui.scenarioId = 's'
  return { ...ctx, w: ctx.render(KpiBar) }
}

describe('review tier beside the total', () => {
  it.each([
    [999_999.99, 'platform', 'Platform review', '平台审核'],
    [1_000_000, 'provincial', 'Provincial review', '省级审核'],
    [3_000_000, 'national', 'National review', '国家级审核'],
  ] as const)('¥%s is reviewed by the %s level', (yuan, tier, en, zh) => {
    for (const locale of ['en', 'zh-CN'] as const) {
      const { w } = kpis(tierProject(yuan, yuan), locale)
      const badge = w.get('[data-testid="review-tier"]')
      expect(badge.attributes('data-tier')).toBe(tier)
      expect(badge.text().replace('ⓘ', '').trim()).toBe(locale === 'en' ? en : zh)
      // Same level as the baseline: no crossing
      expect(w.find('[data-testid="tier-crossing"]').exists()).toBe(false)
      w.unmount()
    }
  })

  it.each(['en', 'zh-CN'] as const)('says when the scenario shown crosses a threshold against the baseline (%s)', (locale) => {
    // Baseline ¥3,000,000.00 (national), scenario ¥2,999,999.99 (provincial)
    const down = kpis(tierProject(3_000_000, 2_999_999.99), locale).w
    expect(down.get('[data-testid="review-tier"]').attributes('data-tier')).toBe('provincial')
    const note = down.get('[data-testid="tier-crossing"]')
    // A sentence: the baseline, its total (within 1 % of the threshold: in full), and where it would go.
    expect(note.text()).toBe(locale === 'en' ? 'Traditional, at CN¥3,000,000.00, would go to the NRTA (national).' : '“Traditional”合计 ¥3,000,000.00，将由国家广电总局审核。')
    expect(note.attributes('title')).toBe(locale === 'en'
      ? 'AI goes to the provincial bureau for review, Traditional to the NRTA (national): its total is on the other side of CN¥3,000,000.00.'
      : '“AI”由省级广电部门审核，“Traditional”由国家广电总局审核：两者合计分处 ¥3,000,000.00 两侧。')
    down.unmount()
    // Baseline ¥999,999.99 (platform), scenario ¥1,000,000.00 (provincial)
    const up = kpis(tierProject(999_999.99, 1_000_000), locale).w
    expect(up.get('[data-testid="tier-crossing"]').text()).toBe(locale === 'en' ? 'Traditional, at CN¥999,999.99, would go to the platform.' : '“Traditional”合计 ¥999,999.99，将由平台审核。')
    up.unmount()
    // Far from the threshold, the total in short: ¥1.2M (provincial) against ¥900k (platform).
    const far = kpis(tierProject(1_200_000, 900_000), locale).w
    expect(far.get('[data-testid="tier-crossing"]').text()).toBe(locale === 'en' ? 'Traditional, at CN¥1.2M, would go to the provincial bureau.' : '“Traditional”合计 ¥120万，将由省级广电部门审核。')
  })

  it.each(['en', 'zh-CN'] as const)('names the scenario of the headline total, with the baseline\'s total at hand (%s)', (locale) => {
    const { w, ui } = kpis(tierProject(1_200_000, 900_000), locale)
    expect(w.get('[data-testid="kpi-total-label"]').text()).toBe(locale === 'en' ? 'Total · AI' : '总计 · AI')
    expect(w.get('[data-testid="kpi-baseline-total"]').text()).toBe(locale === 'en' ? 'Traditional: CN¥1,200,000.00' : 'Traditional：¥1,200,000.00')
    ui.scenarioId = 'base'
    return nextTick().then(() => {
      expect(w.get('[data-testid="kpi-total-label"]').text()).toBe(locale === 'en' ? 'Total · Traditional' : '总计 · Traditional')
      expect(w.find('[data-testid="kpi-baseline-total"]').exists()).toBe(false)
    })
  })

  it.each(['en', 'zh-CN'] as const)('reads an AI micro-drama against its own thresholds once the producer says it is one (%s)', async (locale) => {
    // ¥900,000: the platform's under the general thresholds, the NRTA's (≥ ¥800,000) as an AI micro-drama.
    const { w, store } = kpis(tierProject(900_000, 900_000), locale)
    const badge = w.get('[data-testid="review-tier"]')
    expect(badge.attributes('data-tier')).toBe('platform')
    await badge.trigger('click')
    await vi.waitFor(async () => {
      await flushPromises()
      expect(w.find('[data-testid="ai-micro-drama"]').exists()).toBe(true)
    }, { timeout: 5000 })
    await w.get('[data-testid="ai-micro-drama"]').setValue(true)
    expect(store.project.meta.aiMicroDrama).toBe(true)
    expect(badge.attributes('data-tier')).toBe('national')
    expect(badge.text().replace('ⓘ', '').trim()).toBe(locale === 'en' ? 'National review · AI micro-drama' : '国家级审核 · AI微短剧')
    expect(w.get('[data-testid="review-tier-info"]').text()).toContain(locale === 'en' ? 'AI micro-drama thresholds apply (reported in force from 2026-07-01).' : '适用 AI 微短剧标准（据报道自 2026-07-01 起施行）。')
    // And back: nothing else of the project changed.
    await w.get('[data-testid="ai-micro-drama"]').setValue(false)
    expect('aiMicroDrama' in store.project.meta).toBe(false)
    expect(badge.attributes('data-tier')).toBe('platform')
  })

  it('shows nothing for a USD project', () => {
    const { w } = kpis(tierProject(3_000_000, 999_999.99, 'USD'))
    expect(w.find('[data-testid="review-tier"]').exists()).toBe(false)
    expect(w.find('[data-testid="tier-crossing"]').exists()).toBe(false)
    expect(w.get('[data-testid="kpi-total"]').text()).toBe('$999,999.99')
  })

  it('has no tier row in the compare table of a USD project', () => {
    const { render } = setup({ project: tierProject(3_000_000, 999_999.99, 'USD') })
    expect(render(CompareTable, { reference: 'base' }).find('tr[data-row="review-tier"]').exists()).toBe(false)
  })

  it.each(['en', 'zh-CN'] as const)('opens the thresholds in force, the special subjects and the sources of presets/review-tier.json (%s)', async (locale) => {
    const { w } = kpis(tierProject(3_000_000, 2_553_548.21), locale)
    const badge = w.get('[data-testid="review-tier"]')
    expect(badge.attributes('aria-expanded')).toBe('false')
    await badge.trigger('click')
    await vi.waitFor(async () => {
      await flushPromises()
      expect(w.find('[data-testid="review-tier-info"]').exists()).toBe(true)
    })
    const info = w.get('[data-testid="review-tier-info"]')
    expect(info.attributes('role')).toBe('dialog')
    const items = info.findAll('li').map(li => li.text().replace(/\s+/g, ' '))
    expect(items).toEqual(locale === 'en'
      ? [
          'National The NRTA: CN¥3,000,000 and more',
          'Provincial The provincial bureau: CN¥1,000,000 up to CN¥3,000,000 ← this scenario',
          'Platform The platform: under CN¥1,000,000',
        ]
      : [
          '国家级 国家广电总局（重点微短剧）：¥3,000,000 及以上',
          '省级 省级广电部门（普通微短剧）：¥1,000,000 至 ¥3,000,000（不含） ← 本方案',
          '平台 平台（其他微短剧）：不足 ¥1,000,000',
        ])
    const text = info.text()
    expect(text).toContain(locale === 'en' ? 'since 2026-01-01' : '自 2026-01-01 起')
    expect(text).toContain(locale === 'en' ? 'goes to the national level' : '均由国家级审核')
    expect(text).toContain(locale === 'en' ? 'AI goes to the provincial bureau for review' : '“AI”由省级广电部门审核')
    // The sources, as the file cites them
    const current = tiers.thresholds.find(x => x.from === '2026-01-01')!
    expect(info.findAll('a').map(a => a.attributes('href'))).toEqual([new URL(current.source.url).href])
    // its title in the language shown: the Chinese one the file carries for the title we wrote
    expect(info.get('a').text()).toBe(locale === 'en' ? current.source.title : current.source.l10n!['zh-CN'].title)
    expect(info.get('a').text()).toContain('《关于调整微短剧分类分层标准的通知》')
    // Escape closes it
    await info.trigger('keydown', { key: 'Escape' })
    expect(w.find('[data-testid="review-tier-info"]').exists()).toBe(false)
    expect(w.get('[data-testid="review-tier"]').attributes('aria-expanded')).toBe('false')
  })
})
