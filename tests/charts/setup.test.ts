import { Chart } from 'chart.js'
import { describe, expect, it, vi } from 'vitest'
import { CHART_FONT_FAMILY, setupCharts, whiteBackground } from '@/charts/setup'

describe('setupCharts', () => {
  it('registers only the pieces the charts use, plus the white background, and is idempotent', () => {
    setupCharts()
    setupCharts()
    expect(Chart.registry.getController('bar')).toBeDefined()
    expect(Chart.registry.getElement('bar')).toBeDefined()
    expect(Chart.registry.getScale('category')).toBeDefined()
    expect(Chart.registry.getScale('linear')).toBeDefined()
    for (const id of ['tooltip', 'legend', 'title', 'whiteBackground']) expect(Chart.registry.getPlugin(id)).toBeDefined()
    // The break-even line joins scatter points: the line element, not the line chart type.
    expect(Chart.registry.getElement('line')).toBeDefined()
    expect(() => Chart.registry.getController('line')).toThrow()
    expect(() => Chart.registry.getScale('time')).toThrow()
    expect(Chart.defaults.font.family).toBe(CHART_FONT_FAMILY)
    expect(Chart.defaults.font.size).toBe(12)
    expect(Chart.defaults.color).toBe('#334155')
  })

  it('paints white under the whole chart', () => {
    const ctx = {
      save: vi.fn(),
      restore: vi.fn(),
      fillRect: vi.fn(),
      fillStyle: '',
      globalCompositeOperation: 'source-over',
    }
    const beforeDraw = whiteBackground.beforeDraw as unknown as (chart: unknown) => void
    beforeDraw({ ctx, width: 640, height: 280 })
    expect(ctx.fillStyle).toBe('#ffffff')
    expect(ctx.globalCompositeOperation).toBe('destination-over')
    expect(ctx.fillRect).toHaveBeenCalledWith(0, 0, 640, 280)
    expect(ctx.save).toHaveBeenCalledBefore(ctx.fillRect)
    expect(ctx.restore).toHaveBeenCalledAfter(ctx.fillRect)
  })
})
