/**
 * A change not yet saved when the page goes away. The library saves 250 ms after an edit, in an
 * IndexedDB transaction that a page being reloaded or closed cannot be sure to finish (its reads
 * answer after the page is gone). So on `pagehide` the open project is also written, at once and
 * synchronously, to localStorage; the next start puts it into the library (or, when another tab
 * saved the project in between, keeps it as a copy), then removes it.
 */
export const PENDING_PREFIX = 'shortdrama-budget.pending.'

export interface Pending {
  /** The library id of the project. */
  id: string
  /** The revision the change was made from. */
  baseRev: number
  /** The project's file text. */
  text: string
  savedAt: string
}

/** Writes the pending change; false when the browser refuses (storage full or blocked). */
export function writePending(storage: Storage | null, p: Pending): boolean {
  if (!storage) return false
  try {
    storage.setItem(PENDING_PREFIX + p.id, JSON.stringify(p))
    return true
  }
  catch {
    return false
  }
}

export function clearPending(storage: Storage | null, id: string): void {
  try {
    storage?.removeItem(PENDING_PREFIX + id)
  }
  catch {
    // nothing to clear
  }
}

/** Every pending change left by an earlier page; ones that cannot be read are left alone. */
export function readPendings(storage: Storage | null): Pending[] {
  if (!storage) return []
  const out: Pending[] = []
  for (let i = 0; i < storage.length; i++) {
    const key = storage.key(i)
    if (!key?.startsWith(PENDING_PREFIX)) continue
    try {
      const p = JSON.parse(storage.getItem(key) ?? '') as Partial<Pending>
      if (typeof p.id === 'string' && typeof p.baseRev === 'number' && typeof p.text === 'string' && typeof p.savedAt === 'string' && PENDING_PREFIX + p.id === key)
        out.push(p as Pending)
    }
    catch {
      // not ours to read
    }
  }
  return out
}
