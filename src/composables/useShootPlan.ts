/**
 * The shoot plan of the scenario shown: its copy of the project (overrides applied), the engine's
 * packing of it, the stripboard's rows and the names of its locations and cast. Shared by the
 * stripboard, the day out of days and the call sheet.
 */
import { computed } from 'vue'
import { applyOverrides } from '@/engine/model'
import { packShootDetailed } from '@/engine/shootSchedule'
import { boardRows } from '@/app/shoot/stripboard'
import { baselineIndex } from '@/engine/validate'
import { hasOwnOrder } from '@/stores/shootEdits'
import { useProjectStore } from '@/stores/project'
import { useUiStore } from '@/stores/ui'
import { useLabels } from './useLabels'

export function useShootPlan() {
  const store = useProjectStore()
  const ui = useUiStore()
  const { name } = useLabels()
  const scenario = computed(() => store.project.scenarios.find(s => s.id === ui.scenarioId)!)
  const isBaseline = computed(() => store.project.scenarios.indexOf(scenario.value) === baselineIndex(store.project))
  const project = computed(() => applyOverrides(store.project, scenario.value))
  const packed = computed(() => (store.project.shoot ? packShootDetailed(store.project, scenario.value) : null))
  const rows = computed(() => (packed.value ? boardRows(project.value, packed.value) : []))
  // Names in the language shown, where the file carries them in both.
  const locationName = computed(() => new Map((store.project.locations ?? []).map(l => [l.id, name(l)])))
  const castName = computed(() => new Map((store.project.cast ?? []).map(c => [c.id, name(c)])))
  const ownOrder = computed(() => hasOwnOrder(scenario.value))
  return { scenario, isBaseline, project, packed, rows, locationName, castName, ownOrder }
}
