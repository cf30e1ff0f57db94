/**
 * What one slider move costs in the app, without the browser: the new project, every scenario
 * recomputed, and the four charts' data and options rebuilt. Budget: one animation frame (16 ms).
 */
import { readFileSync } from 'node:fs'
import { PRESETS } from '../src/app/presetList'
import { join } from 'node:path'
import { bench, describe } from 'vitest'
import { gantt, sectionBars, stackedBars, waterfall } from '../src/charts/builders'
import { chartProps } from '../src/charts/fromResults'
import type { ChartTexts } from '../src/charts/fromResults'
import { computeProject } from '../src/engine/compute'
import { parseProjectText } from '../src/engine/validate'
import type { Project } from '../src/engine/types'

const dir = join(import.meta.dirname, '..', 'presets')
const presets = PRESETS
  .map(p => parseProjectText(readFileSync(join(dir, `${p.id}.json`), 'utf8')))
  .flatMap(r => (r.ok ? [r.project] : []))
const largest = presets.reduce((a, b) => (b.lines.length > a.lines.length ? b : a))
const scenario = largest.scenarios.find(s => !s.baseline && Object.keys(s.adoption).length > 0)!
const lever = Object.keys(scenario.adoption)[0]!

const texts: ChartTexts = {
  locale: 'zh-CN',
  name: (_kind, id) => id,
  sectionsTitle: 'sections',
  waterfallTitle: 'waterfall',
  laborTitle: 'labor',
  ganttTitle: 'gantt',
  axisCost: 'cost',
  axisDays: 'days',
  planChanges: 'plan',
  toolCosts: 'tools',
  markupsChange: 'markups',
  labor: 'labor',
  nonLabor: 'non-labor',
  subtotal: 'subtotal',
  seriesWithDays: (s, n) => `${s} (${n})`,
}

let value = 0
/** The store's fast path for a slider: a new project sharing everything but the adoption. */
function moveSlider(p: Project): Project {
  value = (value + 37) % 101
  return { ...p, scenarios: p.scenarios.map(s => (s.id === scenario.id ? { ...s, adoption: { ...s.adoption, [lever]: value } } : s)) }
}

describe('slider move', () => {
  bench(`engine + chart data: "${largest.meta.title}" (${largest.lines.length} lines, ${largest.scenarios.length} scenarios)`, () => {
    const result = computeProject(moveSlider(largest))
    const base = result.scenarios.find(c => c.result.baseline)!
    const current = result.scenarios.find(c => c.result.id === scenario.id)!
    const props = chartProps(base, current, texts)
    sectionBars(props.sections)
    waterfall(props.waterfall)
    stackedBars(props.labor)
    gantt(props.gantt)
  }, { iterations: 200, warmupIterations: 20 })
})
