import { storeToRefs } from 'pinia'
import { localised } from '@/app/labels'
import { useUiStore } from '@/stores/ui'
import { useProjectStore } from '@/stores/project'

/** Names as the user should read them: the translation a preset carries, or the user's own text. */
export function useLabels() {
  const ui = useUiStore()
  const store = useProjectStore()
  const { locale } = storeToRefs(ui)
  const name = (obj: object | undefined, field = 'name') => localised(obj as Record<string, unknown>, field, locale.value)
  const byId = <K extends 'sections' | 'phases' | 'levers' | 'markups' | 'fringes' | 'scenarios' | 'lines'>(list: K, id: string) =>
    name((store.project[list] as { id: string }[] | undefined)?.find(x => x.id === id)) || id
  return { name, byId }
}
