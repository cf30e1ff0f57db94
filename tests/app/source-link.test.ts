// @vitest-environment jsdom
import { mount } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import SourceLink from '@/components/common/SourceLink.vue'

describe('SourceLink', () => {
  it('links an https source', () => {
    const w = mount(SourceLink, { props: { title: 'NRTA notice', url: 'https://www.nrta.gov.cn/x' } })
    expect(w.get('a').attributes()).toMatchObject({ href: 'https://www.nrta.gov.cn/x', target: '_blank', rel: 'noopener noreferrer' })
    expect(w.text()).toBe('NRTA notice')
  })

  it('shows a javascript: address as text, never as a link', () => {
    const w = mount(SourceLink, { props: { title: 'Click me', url: 'javascript:alert(document.cookie)' } })
    expect(w.find('a').exists()).toBe(false)
    expect(w.text()).toBe('Click me (javascript:alert(document.cookie))')
  })
})
