import { createPinia } from 'pinia'
import { createApp } from 'vue'
import App from './App.vue'
import { createAppI18n } from './i18n'
import { useUiStore } from './stores/ui'
import './styles.css'

const app = createApp(App)
app.use(createPinia())
const ui = useUiStore()
app.use(createAppI18n(ui.locale))
app.mount('#app')
