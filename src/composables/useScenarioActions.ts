/**
 * Creating a scenario from anywhere the app says one is missing, and showing it at once.
 */
import { useI18n } from 'vue-i18n'
import { localised } from '@/app/labels'
import { addScenario } from '@/stores/scenarioEdits'
import { useProjectStore } from '@/stores/project'
import { useUiStore } from '@/stores/ui'

/** `base`, or `base 2`, `base 3`… : a name no scenario has yet (in any language shown). */
export function uniqueName(base: string, taken: Iterable<string>): string {
  const used = new Set(taken)
  if (!used.has(base)) return base
  for (let k = 2; ; k++) if (!used.has(`${base} ${k}`)) return `${base} ${k}`
}

export function useScenarioActions() {
  const store = useProjectStore()
  const ui = useUiStore()
  const { t } = useI18n()

  const names = () => store.project.scenarios.flatMap(s => [s.name, localised(s, 'name', ui.locale)])

  /** Adds a scenario (empty, or a copy of `from`), shows it, and returns its id; null when refused. */
  function create(name: string, from?: string): string | null {
    let id = ''
    const problems = store.edit((p) => { id = addScenario(p, name, from) })
    if (problems.length > 0) return null
    ui.scenarioId = id
    return id
  }

  /** An empty AI scenario to adopt levers in. */
  function createAi(): string | null {
    return create(uniqueName(t('scenarios.aiName'), names()))
  }

  return { create, createAi, uniqueName: (base: string) => uniqueName(base, names()) }
}
