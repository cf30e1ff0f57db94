import { createPinia, setActivePinia } from 'pinia'
import { beforeEach, describe, expect, it } from 'vitest'
import { applyScript } from '@/components/script/applyScript'
import type { Project } from '@/engine/types'
import { readScript } from '@/script'
import { useLibraryStore } from '@/stores/library'
import { useProjectStore } from '@/stores/project'
import example from '../fixtures/model-example.json'

const SCRIPT = '第1集\n1-1 日 内 咖啡厅\n人物：林夏、陆乘\n林夏：你来了。\n1-2 夜 外 街道\n陆乘：走吧。\n'
const choice = { target: 'open' as const, preset: 'cn-micro-drama', rule: { mode: 'share' as const, minutesPerEpisode: 1.5 }, phase: 'shoot', lines: true }

describe('applying a script in the app', () => {
  beforeEach(() => setActivePinia(createPinia()))

  it('says which scenario kept a shoot plan from being added, and changes that scenario in nothing', async () => {
    // Given the example, whose scenario "ai" sets the shoot phase to 7 days
    const store = useProjectStore()
    const project = structuredClone(example) as unknown as Project
    store.open(project, { id: null })
    const problems = await applyScript(readScript(SCRIPT), 'pilot.txt', choice, 'Script')
    expect(problems).toEqual([])
    expect(store.project.scenes).toHaveLength(2)
    expect(store.project.shoot).toBeUndefined()
    expect(store.project.scenarios).toEqual(project.scenarios)
    const notices = useLibraryStore().notices.map(n => [n.key, n.params, n.lists])
    expect(notices).toContainEqual(['scriptPlan.refused', { n: 1 }, { scenarios: ['AI-assisted'] }])
  })

  it('adds the plan, and says nothing more, when no scenario sets the shooting days', async () => {
    const store = useProjectStore()
    const project = structuredClone(example) as unknown as Project
    delete project.scenarios[1]!.overrides!.phases
    store.open(project, { id: null })
    expect(await applyScript(readScript(SCRIPT), 'pilot.txt', choice, 'Script')).toEqual([])
    expect(store.project.shoot).toMatchObject({ phase: 'shoot', order: ['e1s1', 'e1s2'] })
    expect(useLibraryStore().notices.map(n => n.key)).toEqual(['script.applied'])
  })
})
