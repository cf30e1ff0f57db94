/**
 * The project library: every project the producer keeps in this browser, in IndexedDB (through
 * idb-keyval's store helper: one database, one object store, keys by kind). A project is a summary
 * record (`p:<id>`: title, currency, baseline total, scenario count, last change…) for the list,
 * and its file text (`b:<id>`), kept apart so that listing never reads the budgets.
 *
 * Nothing is ever deleted by accident: "delete" moves a project to the trash, from which it can be
 * restored; only "delete forever" removes it. Every save carries the revision it was based on, so
 * that two tabs editing one project can never silently overwrite each other (see `save`).
 */
import { createStore, promisifyRequest } from 'idb-keyval'
import type { UseStore } from 'idb-keyval'
import type { Project } from '@/engine/types'
import { byDateDesc, checkKept, checkSummary } from './records'

export interface ProjectSummary {
  id: string
  title: string
  /** The title's translations carried by the project (`meta.l10n`), by language. */
  titles?: Record<string, string>
  currency: string
  /** The baseline total in minor units, and the currency's minor digits. */
  total: number
  digits: number
  scenarioCount: number
  lineCount: number
  createdAt: string
  updatedAt: string
  /** When it was moved to the trash; null while it is in the library. */
  deletedAt: string | null
  /** Incremented by every save. */
  rev: number
}

/** A project's title in `locale` when the project carries a translation of it, else its own. */
export function summaryTitle(p: Pick<ProjectSummary, 'title' | 'titles'>, locale: string): string {
  return p.titles?.[locale] ?? p.titles?.[locale.split('-')[0]!] ?? p.title
}

/** What the caller knows of a project when it saves it: the figures shown in the list. */
export type SummaryFigures = Pick<ProjectSummary, 'title' | 'titles' | 'currency' | 'total' | 'digits' | 'scenarioCount' | 'lineCount'>

/**
 * A saved state that could not be read: moved here from older versions' browser storage, or a
 * library record that fails its check (its key is then RECORD_KEY + the project's id).
 */
export interface KeptCopy {
  key: string
  savedAt: string
  text: string
  problems: string[]
}

export type SaveOutcome =
  | { ok: true, rev: number }
  /** The stored project has moved on (another tab saved it): nothing was written. */
  | { ok: false, reason: 'conflict', rev: number }
  /** The project is no longer in the library (deleted forever elsewhere): nothing was written. */
  | { ok: false, reason: 'missing' }
  /** The browser refused the write (storage full, blocked…). */
  | { ok: false, reason: 'refused', message: string }

export const DB_NAME = 'shortdrama-budget'
/** The key of an unreadable copy that is a library record (`record:<id>`). */
export const RECORD_KEY = 'record:'
/** How long the browser's storage may take to open before the app runs without it. */
export const OPEN_TIMEOUT_MS = 4000

/** Why the library could not be opened: no IndexedDB, an error, or no answer in time. */
export type OpenFailure = 'none' | 'error' | 'timeout'

/** Why the browser refused: a quota error or something else, in a line. */
function refusal(e: unknown): string {
  const err = e as { name?: string, message?: string, inner?: { name?: string } }
  const name = err.inner?.name ?? err.name ?? ''
  return /quota/i.test(name) ? 'the browser storage is full' : (err.message || String(e))
}

function newId(): string {
  return globalThis.crypto?.randomUUID?.() ?? `p-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}`
}

const SUMMARY = 'p:'
const BODY = 'b:'
const KEPT = 'k:'
const SETTING = 's:'
const STORE = 'library'

/** Every value whose key starts with `prefix`. */
function allWith<T>(store: IDBObjectStore, prefix: string): Promise<T[]> {
  return promisifyRequest(store.getAll(IDBKeyRange.bound(prefix, `${prefix}\uffff`))) as Promise<T[]>
}

export class Library {
  private constructor(private readonly use: UseStore) {}

  /** Opens the library, or gives null when this browser offers no usable IndexedDB. */
  static async open(name = DB_NAME, timeoutMs = OPEN_TIMEOUT_MS): Promise<Library | null> {
    const opened = await Library.tryOpen(name, timeoutMs)
    return 'library' in opened ? opened.library : null
  }

  /**
   * Opens the library, or says why it could not: no IndexedDB, an error, or no answer within
   * `timeoutMs` (Safari's private windows leave `indexedDB.open` unanswered).
   */
  static async tryOpen(name = DB_NAME, timeoutMs = OPEN_TIMEOUT_MS): Promise<{ library: Library } | { failure: OpenFailure }> {
    if (typeof indexedDB === 'undefined') return { failure: 'none' }
    let timer: ReturnType<typeof setTimeout> | undefined
    const late = new Promise<{ failure: OpenFailure }>((done) => { timer = setTimeout(() => done({ failure: 'timeout' }), timeoutMs) })
    const open = (async () => {
      try {
        const use = createStore(name, STORE)
        await use('readonly', store => promisifyRequest(store.count()))
        return { library: new Library(use) }
      }
      catch {
        return { failure: 'error' as const }
      }
    })()
    try {
      return await Promise.race([open, late])
    }
    finally {
      clearTimeout(timer)
    }
  }

  /** Closes the connection (tests; a page being torn down closes it anyway). */
  async close(): Promise<void> {
    await this.use('readonly', (store) => { store.transaction.db.close() })
  }

  /** Every project, newest change first; those in the trash too (`deletedAt` set). Unreadable records are left out. */
  async list(): Promise<ProjectSummary[]> {
    return (await this.listAll()).projects
  }

  /**
   * Every record checked (`checkSummary`): the sound ones newest change first, and the others as
   * unreadable copies carrying their project text, so that nothing is lost and the app starts.
   */
  async listAll(): Promise<{ projects: ProjectSummary[], unreadable: KeptCopy[] }> {
    return this.use('readonly', async (store) => {
      const range = IDBKeyRange.bound(SUMMARY, `${SUMMARY}\uffff`)
      const [keys, values] = await Promise.all([
        promisifyRequest(store.getAllKeys(range)),
        promisifyRequest(store.getAll(range)) as Promise<unknown[]>,
      ])
      const projects: ProjectSummary[] = []
      const bad: { id: string, value: unknown, problems: string[] }[] = []
      values.forEach((value, i) => {
        const checked = checkSummary(value)
        const id = String(keys[i]).slice(SUMMARY.length)
        if (checked.ok && checked.summary.id === id) projects.push(checked.summary)
        else bad.push({ id, value, problems: checked.ok ? [`id: "${checked.summary.id}" is stored under "${id}"`] : checked.problems })
      })
      const unreadable = await Promise.all(bad.map(async ({ id, value, problems }) => {
        const body = await promisifyRequest(store.get(BODY + id)) as unknown
        const updated = (value as { updatedAt?: unknown } | null)?.updatedAt
        return {
          key: RECORD_KEY + id,
          savedAt: typeof updated === 'string' && !Number.isNaN(Date.parse(updated)) ? updated : '',
          text: typeof body === 'string' ? body : JSON.stringify({ record: value ?? null }),
          problems,
        }
      }))
      return { projects: projects.sort(byDateDesc(p => p.updatedAt)), unreadable }
    })
  }

  async summary(id: string): Promise<ProjectSummary | undefined> {
    return this.use('readonly', store => promisifyRequest(store.get(SUMMARY + id)) as Promise<ProjectSummary | undefined>)
  }

  /** The project's file text and summary, or undefined when it is not in the library. */
  async read(id: string): Promise<{ summary: ProjectSummary, text: string } | undefined> {
    return this.use('readonly', async (store) => {
      const [summary, text] = await Promise.all([
        promisifyRequest(store.get(SUMMARY + id)) as Promise<ProjectSummary | undefined>,
        promisifyRequest(store.get(BODY + id)) as Promise<string | undefined>,
      ])
      return summary && typeof text === 'string' ? { summary, text } : undefined
    })
  }

  /** Adds a project under a new id; never replaces another. */
  async create(project: Project, figures: SummaryFigures, now = new Date()): Promise<ProjectSummary> {
    const at = now.toISOString()
    const summary: ProjectSummary = { ...figures, id: newId(), createdAt: at, updatedAt: at, deletedAt: null, rev: 1 }
    const text = JSON.stringify(project)
    await this.use('readwrite', (store) => {
      store.add(summary, SUMMARY + summary.id)
      store.add(text, BODY + summary.id)
      return promisifyRequest(store.transaction)
    })
    return summary
  }

  /**
   * Saves a new version of project `id`, made from revision `baseRev`. When the stored revision is
   * another (a second tab saved in between), nothing is written and the caller decides.
   */
  async save(id: string, project: Project, figures: SummaryFigures, baseRev: number, now = new Date()): Promise<SaveOutcome> {
    try {
      const text = JSON.stringify(project)
      return await this.use('readwrite', async (store): Promise<SaveOutcome> => {
        const stored = await promisifyRequest(store.get(SUMMARY + id)) as ProjectSummary | undefined
        if (!stored) return { ok: false, reason: 'missing' }
        if (stored.rev !== baseRev) return { ok: false, reason: 'conflict', rev: stored.rev }
        const rev = stored.rev + 1
        store.put({ ...stored, ...figures, updatedAt: now.toISOString(), rev }, SUMMARY + id)
        store.put(text, BODY + id)
        await promisifyRequest(store.transaction)
        return { ok: true, rev }
      })
    }
    catch (e) {
      return { ok: false, reason: 'refused', message: refusal(e) }
    }
  }

  /** Moves a project to the trash, or back. */
  async setTrashed(id: string, trashed: boolean, now = new Date()): Promise<void> {
    await this.use('readwrite', async (store) => {
      const stored = await promisifyRequest(store.get(SUMMARY + id)) as ProjectSummary | undefined
      if (stored) store.put({ ...stored, deletedAt: trashed ? now.toISOString() : null }, SUMMARY + id)
      return promisifyRequest(store.transaction)
    })
  }

  /** Removes a project for good. */
  async purge(id: string): Promise<void> {
    await this.use('readwrite', (store) => {
      store.delete(SUMMARY + id)
      store.delete(BODY + id)
      return promisifyRequest(store.transaction)
    })
  }

  async getSetting<T>(key: string): Promise<T | undefined> {
    return this.use('readonly', store => promisifyRequest(store.get(SETTING + key)) as Promise<T | undefined>)
  }

  async setSetting(key: string, value: unknown): Promise<void> {
    await this.use('readwrite', (store) => {
      store.put(value, SETTING + key)
      return promisifyRequest(store.transaction)
    })
  }

  async keptCopies(): Promise<KeptCopy[]> {
    const all = await this.use('readonly', store => allWith<unknown>(store, KEPT))
    return all.flatMap(k => checkKept(k) ?? []).sort(byDateDesc(k => k.savedAt))
  }

  async addKept(copy: KeptCopy): Promise<void> {
    await this.use('readwrite', (store) => {
      store.put(copy, KEPT + copy.key)
      return promisifyRequest(store.transaction)
    })
  }

  /** Removes an unreadable copy for good: a kept state, or an unreadable library record. */
  async removeKept(key: string): Promise<void> {
    if (key.startsWith(RECORD_KEY)) return this.purge(key.slice(RECORD_KEY.length))
    await this.use('readwrite', (store) => {
      store.delete(KEPT + key)
      return promisifyRequest(store.transaction)
    })
  }
}
