// @vitest-environment jsdom
/**
 * The optimiser's result line (components/shoot/OptimisePanel.vue): what the run found, then
 * whether it is proven, as one text: a space between the English sentences, none between the
 * Chinese ones ("顺序未变。在…", not "顺序未变。 在…"). The worker is replaced by a finished run.
 */
import { flushPromises } from '@vue/test-utils'
import { describe, expect, it, vi } from 'vitest'
import OptimisePanel from '@/components/shoot/OptimisePanel.vue'
import type { OptimiseResult } from '@/optimiser/optimise'
import { shootProject } from '../support/shootProject'
import { setup } from '../support/mount'

const same: OptimiseResult = { order: [], totalBefore: 100, totalAfter: 100, daysBefore: 2, daysAfter: 2, proven: false, done: 4000, stopped: false }
vi.mock('@/workers/optimise', () => ({
  optimiseInWorker: () => ({ done: Promise.resolve(same), cancel: () => {} }),
}))

describe('the optimiser’s result line', () => {
  it.each([
    ['en', 'No cheaper order was found: the order is unchanged. The best order found in 4,000 evaluations; not proven optimal.'],
    ['zh-CN', '没有找到更便宜的顺序：顺序未变。在 4,000 次评估中找到的最好顺序；未证明最优。'],
  ] as const)('in %s', async (locale, want) => {
    const { render } = setup({ project: shootProject(), locale })
    const w = render(OptimisePanel)
    await w.get('button').trigger('click')
    await flushPromises()
    expect(w.get('[data-testid="optimise-result"]').text()).toBe(want)
    w.unmount()
  })
})
