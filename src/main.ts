import { createPinia } from 'pinia'
import { createApp } from 'vue'
import App from './App.vue'
import { createAppI18n } from './i18n'
import { setLazyMessageTarget } from './i18n/lazy'
import { browserStorage } from './app/storage'
import { useLibraryStore } from './stores/library'
import { useUiStore } from './stores/ui'
import './styles.css'

const app = createApp(App)
app.use(createPinia())
const ui = useUiStore()
const i18n = createAppI18n(ui.locale)
setLazyMessageTarget(i18n.global)
app.use(i18n)

// Open the library (and the project open last, or a shared link) before the first paint, so the
// app never shows one project and then another.
const library = useLibraryStore()
const t = i18n.global.t
await library.init({
  hash: location.hash,
  storage: browserStorage(),
  texts: {
    copyTitle: title => t('library.copyTitle', { title }),
    conflictTitle: title => t('library.conflictTitle', { title }),
  },
})
if (library.shared?.scenario) ui.scenarioId = library.shared.scenario
app.mount('#app')

// After the first visit the app opens and works with the network cut (see vite.config.ts).
if (import.meta.env.PROD && 'serviceWorker' in navigator)
  navigator.serviceWorker.register('./sw.js').catch(() => { /* offline use is a bonus, never a blocker */ })
