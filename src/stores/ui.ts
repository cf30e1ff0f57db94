/**
 * What the user is looking at: the scenario compared with the baseline, the language, the view.
 */
import { acceptHMRUpdate, defineStore } from 'pinia'
import { computed, ref, watch } from 'vue'
import { LANG_KEY, pickLocale } from '@/i18n'
import type { AppLocale } from '@/i18n'
import { browserStorage } from '@/app/storage'
import { useProjectStore } from './project'

export const VIEWS = ['overview', 'budget', 'breakdown', 'schedule', 'ai', 'scenarios', 'compare', 'uncertainty', 'projects', 'settings'] as const
export type View = (typeof VIEWS)[number]

/** What the address shows: a view, or `notFound` when it names none (`#/budgte`). */
export type Route = View | 'notFound'

/** The view an address names; no name is the overview. */
export function viewFromHash(hash: string): Route {
  const name = hash.replace(/^#\/?/, '').split(/[/?]/)[0] ?? ''
  if (name === '') return 'overview'
  return (VIEWS as readonly string[]).includes(name) ? (name as View) : 'notFound'
}

export const useUiStore = defineStore('ui', () => {
  const store = useProjectStore()
  const hasWindow = typeof window !== 'undefined'
  const storage = browserStorage()
  const saved = storage?.getItem(LANG_KEY) ?? null
  const locale = ref<AppLocale>(pickLocale(saved, hasWindow ? navigator.languages : [], store.project.meta.locale))
  watch(locale, (l) => {
    try {
      storage?.setItem(LANG_KEY, l)
    }
    catch {
      // storage full: the language simply is not remembered
    }
  })

  const view = ref<Route>(hasWindow ? viewFromHash(location.hash) : 'overview')
  if (hasWindow) window.addEventListener('hashchange', () => { view.value = viewFromHash(location.hash) })
  function go(v: View): void {
    view.value = v
    if (hasWindow && viewFromHash(location.hash) !== v) location.hash = `#/${v}`
  }

  /** The scenario shown against the baseline; the first non-baseline one by default. */
  const chosen = ref<string | null>(null)
  const scenarioId = computed<string>({
    get() {
      const list = store.result.scenarios
      if (chosen.value && list.some(c => c.result.id === chosen.value)) return chosen.value
      return (list.find(c => !c.result.baseline) ?? list[0]!).result.id
    },
    set(id) { chosen.value = id },
  })
  const current = computed(() => store.result.scenarios.find(c => c.result.id === scenarioId.value)!)
  const baseline = computed(() => store.result.scenarios.find(c => c.result.baseline)!)

  return { locale, view, go, scenarioId, current, baseline }
})

if (import.meta.hot) import.meta.hot.accept(acceptHMRUpdate(useUiStore, import.meta.hot))
