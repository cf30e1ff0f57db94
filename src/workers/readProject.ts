/**
 * Reading a project off the page's thread: a picked or dropped file (bytes → text → the engine's
 * reader and a first computation) or a share link's data (decompressed, with a cap on its size).
 * A plain function, wired to `self` by readProject.worker.ts and called directly in Node tests and
 * where no worker can be started. Every answer carries the request's id.
 */
import { decompressFromEncodedURIComponent } from 'lz-string'
import { readProject } from '@/app/readProject'
import { decodeProjectBytes } from '@/engine/decode'
import { MAX_PROJECT_BYTES } from '@/engine/text'
import type { Problem, Project } from '@/engine/types'

export type ReadRequest =
  | { type: 'file', id: number, bytes: ArrayBuffer }
  | { type: 'share', id: number, data: string }
  | { type: 'text', id: number, text: string }

/** Why a share link could not be read, beyond the file's own problems. */
export type ShareFailure = 'notData' | 'tooLarge'

export type ReadResponse =
  | { type: 'step', id: number, step: 'check' }
  | { type: 'done', id: number, ok: true, project: Project }
  | { type: 'done', id: number, ok: false, problems: Problem[], failure?: ShareFailure }

export function readRequest(m: ReadRequest, post: (r: ReadResponse) => void): void {
  const fail = (problems: Problem[], failure?: ShareFailure) => post({ type: 'done', id: m.id, ok: false, problems, ...(failure ? { failure } : {}) })
  let text: string
  if (m.type === 'file') {
    const decoded = decodeProjectBytes(new Uint8Array(m.bytes))
    if ('problem' in decoded) return fail([decoded.problem])
    text = decoded.text
  }
  else if (m.type === 'text') {
    text = m.text
  }
  else {
    let unpacked: string | null = null
    try {
      unpacked = decompressFromEncodedURIComponent(m.data)
    }
    catch {
      unpacked = null
    }
    if (!unpacked) return fail([], 'notData')
    if (unpacked.length > MAX_PROJECT_BYTES) return fail([], 'tooLarge')
    text = unpacked
  }
  post({ type: 'step', id: m.id, step: 'check' })
  const read = readProject(text)
  if (read.ok) post({ type: 'done', id: m.id, ok: true, project: read.project })
  else fail(read.problems)
}
