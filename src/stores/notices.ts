/** The messages the library store shows (see components/shell/Notices.vue). */
import { ref } from 'vue'
import type { ComputedRef, Ref } from 'vue'
import type { ErrorCause } from '@/app/errorCause'
import type { ProjectSummary } from '@/app/library'
import type { Problem } from '@/engine/types'

/** A message for the user: an i18n key with its values, problems to list, actions to offer. */
export interface Notice {
  id: number
  kind: 'info' | 'error'
  key: string
  params?: Record<string, string | number>
  problems?: Problem[]
  /** Names put in the message as a list, quoted and joined as the language shown joins them. */
  lists?: Record<string, string[]>
  /** Why it failed, said in the message's `{error}` (app/errorCause.ts). */
  cause?: ErrorCause
  actions?: { key: string, run: () => void | Promise<void> }[]
}

/** The list and its functions: a new notice replaces one with the same key; plain information goes after 8 s. */
export function createNotices() {
  const notices = ref<Notice[]>([])
  let noticeId = 0
  function dismiss(id: number): void {
    notices.value = notices.value.filter(n => n.id !== id)
  }
  function notify(n: Omit<Notice, 'id'>): number {
    const notice = { ...n, id: ++noticeId }
    notices.value = [...notices.value.filter(x => x.key !== n.key), notice]
    if (n.kind === 'info' && !n.actions) setTimeout(() => dismiss(notice.id), 8000)
    return notice.id
  }
  function update(id: number, n: Partial<Omit<Notice, 'id'>>): void {
    notices.value = notices.value.map(x => (x.id === id ? { ...x, ...n } : x))
  }
  return { notices, notify, update, dismiss }
}

export interface TrashedContext {
  store: { projectId: string | null }
  trash: ComputedRef<ProjectSummary[]>
  notices: Ref<Notice[]>
  notify: (n: Omit<Notice, 'id'>) => number
  restore: (id: string) => Promise<void>
  keepCopy: () => Promise<void>
  /** A project's title in the language shown. */
  titleOf: (p: ProjectSummary) => string
}

/**
 * The check run after each refresh of the library: when the project open here is in the trash
 * (moved there by another tab), one notice says so and offers "Restore it" and "Keep a copy";
 * once it is back, the notice goes.
 */
export function trashedElsewhere(c: TrashedContext): () => void {
  let noticeFor: string | null = null
  return () => {
    const id = c.store.projectId
    const trashed = id !== null && c.trash.value.find(p => p.id === id)
    if (!trashed) {
      if (noticeFor !== null) c.notices.value = c.notices.value.filter(n => n.key !== 'robust.trashedElsewhere')
      noticeFor = null
      return
    }
    if (noticeFor === id) return
    noticeFor = id
    c.notify({
      kind: 'error',
      key: 'robust.trashedElsewhere',
      params: { title: c.titleOf(trashed) },
      actions: [
        { key: 'robust.restoreIt', run: () => c.restore(id) },
        { key: 'robust.keepCopy', run: c.keepCopy },
      ],
    })
  }
}
