/** The messages the library store shows (see components/shell/Notices.vue). */
import { ref } from 'vue'
import type { Problem } from '@/engine/types'

/** A message for the user: an i18n key with its values, problems to list, actions to offer. */
export interface Notice {
  id: number
  kind: 'info' | 'error'
  key: string
  params?: Record<string, string | number>
  problems?: Problem[]
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
