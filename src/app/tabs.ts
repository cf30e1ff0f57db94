/**
 * Tabs of the app talking to each other over a BroadcastChannel: each save is announced, so that
 * a tab showing the same project takes the new version (or, when it has a change of its own not
 * yet saved, keeps that change as a copy: see stores/library.ts). Nothing is announced to other
 * sites or devices.
 */
export type TabMessage =
  | { type: 'saved', id: string, rev: number }
  | { type: 'library' }

export interface TabChannel {
  post: (m: TabMessage) => void
  close: () => void
}

export function openTabChannel(onMessage: (m: TabMessage) => void, name = 'shortdrama-budget'): TabChannel | null {
  if (typeof BroadcastChannel === 'undefined') return null
  const channel = new BroadcastChannel(name)
  channel.onmessage = (e: MessageEvent<TabMessage>) => onMessage(e.data)
  return { post: m => channel.postMessage(m), close: () => channel.close() }
}
