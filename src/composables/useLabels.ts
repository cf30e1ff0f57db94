import { storeToRefs } from 'pinia'
import { localised } from '@/app/labels'
import { useUiStore } from '@/stores/ui'
import { useProjectStore } from '@/stores/project'

/**
 * Each list's items by id, built once per list: a project's lists are never changed in place, so
 * a new list is a new key. A name looked up per phase of a 7,000-phase plan would otherwise scan
 * the list each time (49 million steps per redraw).
 */
const indexes = new WeakMap<readonly { id: string }[], Map<string, object>>()
function indexed(list: readonly { id: string }[]): Map<string, object> {
  let index = indexes.get(list)
  if (!index) {
    index = new Map()
    for (const x of list) if (!index.has(x.id)) index.set(x.id, x)
    indexes.set(list, index)
  }
  return index
}

/** Names as the user should read them: the translation a preset carries, or the user's own text. */
export function useLabels() {
  const ui = useUiStore()
  const store = useProjectStore()
  const { locale } = storeToRefs(ui)
  const name = (obj: object | undefined, field = 'name') => localised(obj as Record<string, unknown>, field, locale.value)
  const byId = <K extends 'sections' | 'phases' | 'levers' | 'markups' | 'fringes' | 'scenarios' | 'lines'>(list: K, id: string) =>
  {
    const items = store.project[list] as { id: string }[] | undefined
    return name(items ? indexed(items).get(id) : undefined) || id
  }
  return { name, byId }
}
