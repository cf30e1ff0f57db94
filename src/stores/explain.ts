/**
 * The figure being explained, if any: which scenario, and which of its figures. Any total,
 * section, markup or ratio on screen can open the explanation; one panel shows it.
 */
import { acceptHMRUpdate, defineStore } from 'pinia'
import { ref } from 'vue'
import type { Figure } from '@/app/explain'

export interface ExplainTarget {
  scenario: string
  figure: Figure
}

export const useExplainStore = defineStore('explain', () => {
  const target = ref<ExplainTarget | null>(null)
  function open(scenario: string, figure: Figure): void {
    target.value = { scenario, figure }
  }
  function close(): void {
    target.value = null
  }
  return { target, open, close }
})

if (import.meta.hot) import.meta.hot.accept(acceptHMRUpdate(useExplainStore, import.meta.hot))
