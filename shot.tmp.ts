import { buildAndServe, openSession } from './tests/support/browser'
import { shootProject } from './tests/support/shootProject'
import { openProjectFile } from './tests/support/timing'
const app = await buildAndServe()
for (const [locale, lang] of [['en-US', 'en'], ['zh-CN', 'zh']] as const) {
  const s = await openSession({ locale, viewport: { width: 1440, height: 900 } })
  s.context.on('console', m => { if (m.type() === 'error') console.log(m.text()) })
  await s.page.goto(app.url)
  await s.page.getByTestId('kpi-total').waitFor()
  await openProjectFile(s.page, shootProject(), 'p.json')
  await s.page.goto(app.url + '#/schedule')
  await s.page.waitForTimeout(1500)
  await s.page.screenshot({ path: `/tmp/shots/board-${lang}.png` })
  await s.close()
}
await app.close()
