/**
 * A button that opens something beside it (a menu, a list to tick): opening moves the focus into
 * it, a press outside closes it, and closing gives the focus back to the button.
 */
import { nextTick, onBeforeUnmount, ref } from 'vue'
import type { Ref } from 'vue'

export function usePopover(root: Readonly<Ref<HTMLElement | null>>, button: Readonly<Ref<HTMLElement | null>>, focusFirst: () => void) {
  const open = ref(false)

  function outside(e: Event): void {
    if (!root.value?.contains(e.target as Node)) hide(false)
  }
  async function show(): Promise<void> {
    open.value = true
    document.addEventListener('pointerdown', outside, true)
    await nextTick()
    focusFirst()
  }
  function hide(focusButton = true): void {
    open.value = false
    document.removeEventListener('pointerdown', outside, true)
    if (focusButton) button.value?.focus()
  }
  onBeforeUnmount(() => document.removeEventListener('pointerdown', outside, true))

  return { open, show, hide, toggle: () => (open.value ? hide() : void show()) }
}
