// @vitest-environment jsdom
import { describe, expect, it } from 'vitest'
import { defineComponent, h, nextTick, ref } from 'vue'
import { mount } from '@vue/test-utils'
import NumberField from '@/components/common/NumberField.vue'
import { createAppI18n } from '@/i18n'
import { LAZY_MESSAGES } from '../support/i18n'

/** A parent that holds the value and may refuse a commit, as the store does. */
function harness(initial: number, accept: (v: number) => boolean = () => true) {
  const value = ref(initial)
  const commits: number[] = []
  const Parent = defineComponent(() => () => h(NumberField, {
    value: value.value,
    label: 'Rate',
    onCommit: (v: number) => { commits.push(v); if (accept(v)) value.value = v },
  }))
  const w = mount(Parent, { global: { plugins: [createAppI18n('en', LAZY_MESSAGES)] } })
  return { w, value, commits, input: w.get('input') }
}

describe('number field', () => {
  it('shows the value at full precision and commits nothing when only visited', async () => {
    const { input, commits } = harness(0.12345678)
    expect((input.element as HTMLInputElement).value).toBe('0.12345678')
    await input.trigger('focus')
    await input.trigger('blur')
    expect(commits).toEqual([])
  })

  it('commits a typed value on Enter and on leaving the field', async () => {
    const { input, commits, value } = harness(3000)
    await input.setValue('3,500')
    await input.trigger('keydown', { key: 'Enter' })
    expect(commits).toEqual([3500])
    expect(value.value).toBe(3500)
    await input.setValue('4000')
    await input.trigger('blur')
    expect(commits).toEqual([3500, 4000])
  })

  it('shows the held value again when the parent refuses the commit', async () => {
    const { input, commits } = harness(250, () => false)
    await input.setValue('1e11')
    await input.trigger('keydown', { key: 'Enter' })
    await nextTick()
    expect(commits).toEqual([1e11])
    expect((input.element as HTMLInputElement).value).toBe('250')
  })

  it('follows the value when it changes from outside (undo) while untouched', async () => {
    const { input, value } = harness(1)
    value.value = 2
    await nextTick()
    expect((input.element as HTMLInputElement).value).toBe('2')
  })

  it('answers a huge number in plain words as it is typed, and commits nothing', async () => {
    const { w, input, commits } = harness(1)
    await input.setValue('1e300')
    expect(w.get('[role="alert"]').text()).toBe('Too large: at most 1,000,000,000,000')
    await input.trigger('blur')
    expect(commits).toEqual([])
  })

  it('refuses an ambiguous comma: "1,5" is neither 15 nor 1.5', async () => {
    const { w, input, commits } = harness(1)
    await input.setValue('1,5')
    expect(w.get('[role="alert"]').text()).toBe('Enter a number')
    await input.trigger('blur')
    expect(commits).toEqual([])
  })
})
