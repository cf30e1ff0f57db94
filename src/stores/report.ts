/**
 * The printed report: mounted only while printing. The app's Print action (menu or Ctrl/Cmd+P)
 * loads it, waits until its chart pictures are in, then opens the browser's print dialog; a print
 * started from the browser's own menu shows it too (beforeprint), once its code is loaded, which
 * the app does when it is idle. It is unmounted after printing (afterprint).
 */
import { acceptHMRUpdate, defineStore } from 'pinia'
import { ref, shallowRef } from 'vue'
import type { Component } from 'vue'
import { loadArea } from '@/i18n/lazy'

/** What the printed report holds and how it is laid out. */
export interface ReportOptions {
  /** The scenarios compared and charted, in the project's order; null: all of them. */
  scenarios: string[] | null
  /** Landscape pages; 'auto': when more than four scenarios are compared. */
  orientation: 'auto' | 'portrait' | 'landscape'
}

export const useReportStore = defineStore('report', () => {
  const options = ref<ReportOptions>({ scenarios: null, orientation: 'auto' })
  /** The report is in the page (hidden on screen, the only thing printed). */
  const open = ref(false)
  /** Its pictures are decoded: printing now prints all of it. */
  const ready = ref(false)
  /** The report component, once its code is loaded. */
  const component = shallowRef<Component | null>(null)

  let loading: Promise<Component> | null = null
  let waiting: (() => void)[] = []

  /** Loads the report's code (once). */
  function load(): Promise<Component> {
    loading ??= loadArea('shoot').then(() => import('@/components/exports/PrintReport.vue')).then((m) => {
      component.value = m.default
      return m.default
    })
    return loading
  }

  /** Called by the report when it is complete. */
  function markReady(): void {
    ready.value = true
    for (const resolve of waiting.splice(0)) resolve()
  }

  /** Mounts the report and resolves once it is complete. */
  async function prepare(): Promise<void> {
    await load()
    if (open.value && ready.value) return
    const done = new Promise<void>(resolve => waiting.push(resolve))
    open.value = true
    await done
  }

  /** Prints the report: the same from the menu and from Ctrl/Cmd+P. */
  async function print(): Promise<void> {
    await prepare()
    window.print()
  }

  /** The browser is about to print on its own (its menu): show the report if its code is here. */
  function beforePrint(): void {
    if (component.value) open.value = true
  }

  function close(): void {
    open.value = false
    ready.value = false
    waiting = []
  }

  return { options, open, ready, component, load, markReady, prepare, print, beforePrint, close }
})

if (import.meta.hot) import.meta.hot.accept(acceptHMRUpdate(useReportStore, import.meta.hot))
