/**
 * Reading what the user brings into the library store: a picked or dropped file (large ones off
 * the page's thread, with progress and Cancel) and a share link (decompressed in a worker, with a
 * size cap and a time limit, and its reason when it cannot be read). Used by stores/library.ts.
 */
import { MAX_FILE_BYTES } from '@/app/files'
import { readOffThread } from '@/app/readOffThread'
import type { ReadOutcome } from '@/app/readOffThread'
import { readProject } from '@/app/readProject'
import { MAX_SHARE_DATA } from '@/app/share'
import { decodeProjectBytes } from '@/engine/decode'
import { MAX_PROJECT_BYTES } from '@/engine/text'
import type { Problem } from '@/engine/types'
import type { Notice } from './library'

/** Files and texts larger than this are read in a worker. */
export const OFF_THREAD_BYTES = 1_000_000
/** A share link that takes longer than this to read is stopped. */
export const SHARE_TIMEOUT_MS = 10_000

export interface Notifier {
  notify: (n: Omit<Notice, 'id'>) => number
  update: (id: number, n: Partial<Omit<Notice, 'id'>>) => void
  dismiss: (id: number) => void
}

export type FileOutcome =
  | ReadOutcome
  | { ok: false, problems: Problem[], tooBig: number }


/** Reads a picked or dropped project file; a large one in a worker, with a notice to follow and cancel it. */
export async function readProjectFile(file: File, n: Notifier): Promise<FileOutcome> {
  if (file.size > MAX_FILE_BYTES) return { ok: false, problems: [], tooBig: file.size }
  if (file.size <= OFF_THREAD_BYTES) {
    const decoded = decodeProjectBytes(new Uint8Array(await file.arrayBuffer()))
    if ('problem' in decoded) return { ok: false, problems: [decoded.problem] }
    return readProject(decoded.text)
  }
  let cancel = () => {}
  const params = { name: file.name, size: file.size / 1024 / 1024 }
  const id = n.notify({ kind: 'info', key: 'robust.openingRead', params, actions: [{ key: 'robust.cancel', run: () => cancel() }] })
  let cancelled = false
  cancel = () => { cancelled = true }
  const bytes = await file.arrayBuffer()
  if (cancelled) return { ok: false, problems: [], failure: 'cancelled' }
  const job = readOffThread({ bytes }, { onStep: () => n.update(id, { key: 'robust.openingCheck' }) })
  cancel = job.cancel
  const outcome = await job.promise
  n.dismiss(id)
  return outcome
}

/** Reads a stored project's text: a large one in a worker, so that a start never freezes. */
export async function readStoredText(text: string): Promise<ReadOutcome> {
  if (text.length <= OFF_THREAD_BYTES) return readProject(text)
  return readOffThread({ text }).promise
}

/** Why a share link was not shown, as a notice (its key, values and problems). */
export type ShareRefusal = { key: string, params?: Record<string, string | number>, problems?: Problem[] }

/** Reads a share link's compressed data: a size cap first, then a worker with a time limit. */
export async function readShareData(data: string): Promise<ReadOutcome | { ok: false, refusal: ShareRefusal }> {
  if (data.length > MAX_SHARE_DATA)
    return { ok: false, refusal: { key: 'robust.shareTooLong', params: { kb: Math.round(data.length / 1024), max: MAX_SHARE_DATA / 2 / 1024 } } }
  const outcome = await readOffThread({ share: data }, { timeoutMs: SHARE_TIMEOUT_MS }).promise
  if (outcome.ok) return outcome
  switch (outcome.failure) {
    case 'notData': return { ok: false, refusal: { key: 'robust.shareNotData' } }
    case 'tooLarge': return { ok: false, refusal: { key: 'robust.shareTooLarge', params: { mb: MAX_PROJECT_BYTES / 1e6 } } }
    case 'tooSlow': return { ok: false, refusal: { key: 'robust.shareTooSlow', params: { s: SHARE_TIMEOUT_MS / 1000 } } }
    default: return { ok: false, refusal: { key: 'share.unreadable', problems: outcome.problems } }
  }
}
