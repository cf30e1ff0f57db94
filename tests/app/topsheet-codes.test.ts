// @vitest-environment jsdom
import { describe, expect, it } from 'vitest'
import TopsheetTable from '@/components/budget/TopsheetTable.vue'
import us from '../../presets/us-vertical-drama.json'
import type { Project } from '@/engine/types'
import { setup } from '../support/mount'

describe('topsheet', () => {
  it('shows each section’s account code beside its name', () => {
    const project = us as unknown as Project
    const { render } = setup({ project })
    const w = render(TopsheetTable)
    const coded = project.sections.filter(s => s.code)
    expect(coded.length).toBeGreaterThan(3)
    for (const s of coded) {
      const row = w.get(`tr[data-row="s-${s.id}"] th`)
      expect(row.get('.code').text()).toBe(s.code)
      expect(row.text()).toBe(`${s.code}${s.name}`)
    }
  })
})
