/**
 * Share links: the whole project, compressed, in the URL fragment (never sent to a server), with
 * the view and the scenario to show: `#/compare?scenario=ai&project=<data>`.
 */
import { compressToEncodedURIComponent, decompressFromEncodedURIComponent } from 'lz-string'
import type { Project } from '@/engine/types'

/** Fragments longer than this are refused: some mail and chat programs cut longer links. */
export const MAX_FRAGMENT = 32 * 1024

export type ShareLink =
  | { ok: true, url: string, length: number }
  | { ok: false, length: number }

export function shareLink(base: string, project: Project, view: string, scenario: string): ShareLink {
  const data = compressToEncodedURIComponent(JSON.stringify(project))
  const fragment = `#/${view}?scenario=${encodeURIComponent(scenario)}&project=${data}`
  if (fragment.length > MAX_FRAGMENT) return { ok: false, length: fragment.length }
  return { ok: true, url: `${base.replace(/#.*$/, '')}${fragment}`, length: fragment.length }
}

/** The project text and scenario carried by a fragment, when it holds a shared project. */
export function readShareFragment(hash: string): { text: string | null, scenario: string | null } | null {
  const query = hash.split('?')[1]
  if (!query) return null
  const params = new URLSearchParams(query)
  const data = params.get('project')
  if (data === null) return null
  let text: string | null = null
  try {
    text = decompressFromEncodedURIComponent(data) || null
  }
  catch {
    text = null
  }
  return { text, scenario: params.get('scenario') }
}

/** The fragment without the shared project (what the address bar shows once it is read). */
export function withoutProject(hash: string): string {
  const [path, query] = hash.split('?')
  if (!query) return hash
  const params = new URLSearchParams(query)
  params.delete('project')
  params.delete('scenario')
  const rest = params.toString()
  return rest ? `${path}?${rest}` : path!
}
