/**
 * The levers' effect on their own lines in the scenario shown (src/app/leverEffect.ts), computed
 * once per project version and scenario, however many lever cards read it.
 */
import { computed } from 'vue'
import { leverLineEffects } from '@/app/leverEffect'
import type { LeverLineEffect } from '@/app/leverEffect'
import type { Project } from '@/engine/types'
import { useProjectStore } from '@/stores/project'
import { useUiStore } from '@/stores/ui'

const cache = new WeakMap<Project, Map<string, Map<string, LeverLineEffect>>>()

function effects(project: Project, scenarioId: string): Map<string, LeverLineEffect> {
  let byScenario = cache.get(project)
  if (!byScenario) cache.set(project, (byScenario = new Map()))
  let found = byScenario.get(scenarioId)
  if (!found) {
    const scenario = project.scenarios.find(s => s.id === scenarioId)
    found = scenario ? leverLineEffects(project, scenario) : new Map()
    byScenario.set(scenarioId, found)
  }
  return found
}

export function useLeverEffect(leverId: () => string) {
  const store = useProjectStore()
  const ui = useUiStore()
  return computed(() => effects(store.project, ui.scenarioId).get(leverId()))
}
