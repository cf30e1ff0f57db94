/**
 * Mounting app components in jsdom with a fresh Pinia and English i18n; the project is held in
 * memory only (no library attached), so nothing is saved.
 */
import { mount } from '@vue/test-utils'
import type { Component } from 'vue'
import { createPinia, setActivePinia } from 'pinia'
import { createAppI18n } from '@/i18n'
import type { AppLocale } from '@/i18n'
import { useProjectStore } from '@/stores/project'
import { useUiStore } from '@/stores/ui'
import type { Project } from '@/engine/types'
import { LAZY_MESSAGES } from './i18n'

export function setup(options: { project?: Project, locale?: AppLocale } = {}) {
  const pinia = createPinia()
  setActivePinia(pinia)
  const store = useProjectStore()
  if (options.project) store.open(structuredClone(options.project), { id: null })
  const ui = useUiStore()
  ui.locale = options.locale ?? 'en'
  const i18n = createAppI18n(ui.locale, LAZY_MESSAGES)
  const render = (component: Component, props: Record<string, unknown> = {}) =>
    mount(component, { props, attachTo: document.body, global: { plugins: [pinia, i18n] } })
  return { pinia, store, ui, render }
}

/** Types into an input the way a person does, then leaves the field (commit). */
export async function typeAndCommit(input: { setValue: (v: string) => Promise<void>, trigger: (e: string, o?: object) => Promise<void> }, text: string): Promise<void> {
  await input.setValue(text)
  await input.trigger('keydown', { key: 'Enter' })
}
