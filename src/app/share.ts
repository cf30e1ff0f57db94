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

/** Share data longer than this is refused before it is decompressed: twice what a link may hold. */
export const MAX_SHARE_DATA = 2 * MAX_FRAGMENT

/** The compressed project and the scenario a fragment carries, still compressed; null when it carries none. */
export function shareParams(hash: string): { data: string, scenario: string | null } | null {
  const query = hash.split('?')[1]
  if (!query) return null
  const params = new URLSearchParams(query)
  const data = params.get('project')
  // lz-string's alphabet has `+`, which a query reads as a space: put it back.
  return data === null ? null : { data: data.replace(/ /g, '+'), scenario: params.get('scenario') }
}

/** The project text and scenario carried by a fragment, when it holds a shared project (decompressed here). */
export function readShareFragment(hash: string): { text: string | null, scenario: string | null } | null {
  const link = shareParams(hash)
  if (!link) return null
  let text: string | null = null
  try {
    text = decompressFromEncodedURIComponent(link.data) || null
  }
  catch {
    text = null
  }
  return { text, scenario: link.scenario }
}

/**
 * The fragment with the shared project put back (a view was chosen inside a shared link): the
 * address keeps the project while it is shown, so a reload or a copied address shows it again.
 */
export function withProject(hash: string, data: string, scenario: string | null): string {
  const [path, query] = hash.split('?')
  const params = new URLSearchParams(query ?? '')
  params.delete('project')
  if (scenario !== null && !params.has('scenario')) params.set('scenario', scenario)
  const rest = params.toString()
  // The data is already URI-safe (lz-string's encoding): it is appended as it came.
  return `${path || '#/'}?${rest ? `${rest}&` : ''}project=${data}`
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
