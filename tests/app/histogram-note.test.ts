// @vitest-environment jsdom
/**
 * The Monte Carlo histogram explains its peaks (issue 14): after a run, the chart says in words,
 * in the language shown, that the total moves by whole phase days; and its own subtitle says so too.
 */
import { describe, expect, it, vi } from 'vitest'
import { monteCarloHandler } from '@/workers/monteCarlo'
import type { McRequest, McResponse } from '@/workers/monteCarlo'
import { setWorkerFactory, useUncertaintyStore } from '@/stores/uncertainty'
import type { WorkerLike } from '@/stores/uncertainty'
import MonteCarloPanel from '@/components/uncertainty/MonteCarloPanel.vue'
import saving from '@/i18n/areas/saving'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { parseProjectText } from '@/engine/validate'
import type { Project } from '@/engine/types'
import { setup } from '../support/mount'

const drawn: { options: { plugins?: { subtitle?: { text?: unknown } } } }[] = []
vi.mock('vue-chartjs', async () => {
  const { defineComponent, h } = await import('vue')
  return {
    Chart: defineComponent({
      name: 'ChartStub',
      props: { type: { type: String, required: true }, data: { type: Object, required: true }, options: { type: Object, default: () => ({}) } },
      setup: (props) => {
        drawn.push(props as never)
        return () => h('canvas')
      },
    }),
  }
})

function preset(): Project {
  const r = parseProjectText(readFileSync(join(process.cwd(), 'presets/cn-micro-drama.json'), 'utf8'))
  if (!r.ok) throw new Error('the preset is refused')
  return r.project
}

/** A worker that runs the real handler in this thread. */
function inProcess(): WorkerLike {
  const w: WorkerLike = { onmessage: null, onerror: null, postMessage: m => handle(m), terminate: () => {} }
  const handle: (m: McRequest) => void = monteCarloHandler((m: McResponse) => {
    w.onmessage?.({ data: structuredClone(m) } as MessageEvent<McResponse>)
  }, { sliceMs: 1, later: fn => setTimeout(fn, 0) })
  return w
}

describe('the Monte Carlo histogram', () => {
  it.each([['en', saving.en.saving.histogramPeaks], ['zh-CN', saving.zh.saving.histogramPeaks]] as const)('explains its peaks in words (%s)', async (locale, note) => {
    const restore = setWorkerFactory(inProcess)
    try {
      const { render } = setup({ project: preset(), locale })
      const w = render(MonteCarloPanel)
      expect(w.find('[data-testid="histogram-note"]').exists()).toBe(false)
      const mc = useUncertaintyStore()
      mc.iterations = 500
      mc.run()
      await vi.waitFor(() => expect(mc.running).toBeNull(), { timeout: 10_000 })
      await vi.waitFor(() => w.get('[data-testid="histogram-note"]'))
      expect(w.get('[data-testid="histogram-note"]').text()).toBe(note)
      expect(note).toMatch(/whole days|整天/)
      const subtitles = drawn.map(c => JSON.stringify(c.options.plugins?.subtitle?.text ?? ''))
      expect(subtitles.some(s => s.includes(note))).toBe(true)
    }
    finally {
      setWorkerFactory(restore)
    }
  })
})
