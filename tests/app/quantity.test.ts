import { describe, expect, it } from 'vitest'
import { basisSize, rebaseQuantity } from '@/app/quantity'
import type { Project } from '@/engine/types'
import example from '../fixtures/model-example.json'

const p = example as unknown as Project

describe('a quantity and what it follows', () => {
  it('knows what one unit of each basis is worth', () => {
    // 80 episodes × 1.5 minutes; the shoot lasts 8 days
    expect(basisSize(p, 'episodes')).toBe(80)
    expect(basisSize(p, 'minutes')).toBe(120)
    expect(basisSize(p, 'phase:shoot')).toBe(8)
    expect(basisSize(p, 'phase:nowhere')).toBe(0)
  })

  it('keeps the quantity when the basis changes', () => {
    // 8 days as a number follows the shoot as × 1, the minutes as × 8/120
    expect(rebaseQuantity(p, 8, 'phase:shoot', 8)).toEqual({ of: 'phase:shoot', times: 1 })
    expect(rebaseQuantity(p, 8, 'minutes', 8)).toEqual({ of: 'minutes', times: 0.066667 })
    expect(rebaseQuantity(p, { of: 'phase:shoot', times: 2 }, 'fixed', 16)).toBe(16)
    // A basis worth nothing gives × 1
    expect(rebaseQuantity(p, 3, 'phase:nowhere', 3)).toEqual({ of: 'phase:nowhere', times: 1 })
  })
})
