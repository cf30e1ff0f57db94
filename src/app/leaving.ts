/**
 * The page going away (reload, close, another address) or out of sight (another tab, the phone's
 * home screen): the moments to save what waits to be saved, and to ask before a typed cell is lost.
 */
export interface LeavingHooks {
  /** The page is hidden or being left: save now (synchronously what must survive). */
  hide: () => void
  /** True while something typed would be lost by leaving (a cell holding uncommitted text). */
  hasDraft: () => boolean
}

/** A grid cell with text typed and not yet entered (GridInput marks it `data-dirty`). */
export function typedCellPending(doc: Document = document): boolean {
  return doc.querySelector('input[data-dirty="true"]') !== null
}

/** Listens for the page being hidden or left; returns the function that stops listening. */
export function watchLeaving(hooks: LeavingHooks, win: Window = window): () => void {
  const onHide = () => hooks.hide()
  const onVisibility = () => { if (win.document.visibilityState === 'hidden') hooks.hide() }
  const onBeforeUnload = (e: BeforeUnloadEvent) => {
    if (!hooks.hasDraft()) return
    // The browser asks in its own words; the typed text is still in its cell if the user stays.
    e.preventDefault()
    e.returnValue = ''
  }
  win.addEventListener('pagehide', onHide)
  win.document.addEventListener('visibilitychange', onVisibility)
  win.addEventListener('beforeunload', onBeforeUnload)
  return () => {
    win.removeEventListener('pagehide', onHide)
    win.document.removeEventListener('visibilitychange', onVisibility)
    win.removeEventListener('beforeunload', onBeforeUnload)
  }
}
