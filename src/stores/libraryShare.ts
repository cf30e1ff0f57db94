/**
 * A share link shown in this tab: read in a worker (size cap, time limit, the reason when it
 * cannot be read), shown read-only, kept in the address while it is shown, and a link pasted into
 * a tab that already has the app shown at once.
 */
import type { Ref } from 'vue'
import { shareParams, withProject } from '@/app/share'
import { readShareData } from './libraryOpen'
import type { Notice } from './notices'
import type { useProjectStore } from './project'
import { useUiStore } from './ui'

export interface ShareContext {
  store: ReturnType<typeof useProjectStore>
  shared: Ref<{ scenario: string | null } | null>
  notify: (n: Omit<Notice, 'id'>) => number
}

export function createShareView({ store, shared, notify }: ShareContext) {
  /** The compressed project of the link shown, to keep it in the address. */
  let data: string | null = null

  /** Shows the project a share link carries (read-only); false, with the reason, when it cannot be read. */
  async function show(link: { data: string, scenario: string | null }): Promise<boolean> {
    const read = await readShareData(link.data)
    if (!read.ok) {
      const why = 'refusal' in read ? read.refusal : { key: 'share.unreadable', problems: read.problems }
      notify({ kind: 'error', key: why.key, params: why.params, problems: why.problems })
      return false
    }
    await store.flush()
    store.open(read.project, { id: null, readOnly: true })
    shared.value = { scenario: link.scenario }
    data = link.data
    if (link.scenario) useUiStore().scenarioId = link.scenario
    return true
  }

  /**
   * The address changed: a share link pasted into this tab is shown; a view chosen inside a
   * shared link gets the shared project back in its address.
   */
  async function onHashChange(): Promise<void> {
    const link = shareParams(location.hash)
    if (link) {
      if (link.data !== data || !shared.value) await show(link)
    }
    else if (shared.value && data !== null) {
      history.replaceState(history.state, '', `${location.pathname}${location.search}${withProject(location.hash, data, shared.value.scenario)}`)
    }
  }

  /** The shared link is left (a copy kept, or closed). */
  function forget(): void {
    shared.value = null
    data = null
  }

  return { show, onHashChange, forget }
}
