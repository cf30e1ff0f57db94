/**
 * The shoot exports' words come from the app's messages in both languages, with the exporter's
 * placeholders kept for it to fill (vue-i18n would otherwise blank them).
 */
import { describe, expect, it } from 'vitest'
import { createAppI18n } from '@/i18n'
import { shootExportTexts } from '@/app/shoot/exportPlans'
import { SHOOT_TEXTS_EN } from '@/export/shoot'
import { LAZY_MESSAGES } from '../support/i18n'

describe('shootExportTexts', () => {
  it('gives the English defaults from the English messages', () => {
    const { t } = createAppI18n('en', LAZY_MESSAGES).global
    expect(shootExportTexts((key, params) => t(key, params))).toEqual(SHOOT_TEXTS_EN)
  })

  it('gives every word in Chinese, placeholders kept', () => {
    const { t } = createAppI18n('zh-CN', LAZY_MESSAGES).global
    const zh = shootExportTexts((key, params) => t(key, params))
    expect(zh.dayLabel).toBe('第 {n} 天')
    expect(zh.daysLabel).toBe('第 {first}–{last} 天')
    expect(zh.dayUse).toBe('已用 {used} / {available} 分钟；转场 {moves} 次')
    expect(zh.times).toEqual({ day: '日', night: '夜', dawn: '晨', dusk: '昏' })
    expect(zh.pays).toEqual({ span: '按档期', worked: '按工作日' })
    for (const [k, v] of Object.entries(zh)) expect(typeof v === 'string' ? v : Object.values(v).join(''), k).not.toMatch(/shootx\./)
  })
})
