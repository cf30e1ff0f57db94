import pluginVue from 'eslint-plugin-vue'
import { defineConfigWithVueTs, vueTsConfigs } from '@vue/eslint-config-typescript'

export default defineConfigWithVueTs(
  { ignores: ['dist/**', 'coverage/**', 'test-results/**', 'node_modules/**'] },
  pluginVue.configs['flat/recommended'],
  vueTsConfigs.recommended,
  {
    rules: {
      'vue/max-attributes-per-line': 'off',
      'vue/singleline-html-element-content-newline': 'off',
      'vue/multi-word-component-names': 'off',
      'vue/html-self-closing': 'off',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    // The engine is pure: plain functions over plain data, usable from the app, a worker and the CLI.
    files: ['src/engine/**/*.ts', 'src/import/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [
          { group: ['vue', 'vue/*', '@vue/*', 'pinia', 'vue-*', 'chart.js', 'chart.js/*'], message: 'src/engine must stay free of UI libraries.' },
          { group: ['node:*', 'fs', 'path'], message: 'src/engine must run in a browser and a worker: no Node modules.' },
          { group: ['@/stores/*', '@/components/*', '@/i18n/*', '../stores/*', '../components/*'], message: 'src/engine must not depend on the app.' },
        ],
      }],
      'no-restricted-globals': ['error', 'window', 'document', 'localStorage', 'sessionStorage', 'navigator', 'location', 'process'],
    },
  },
  {
    // The exporter is pure too: project and results in, a string or bytes out, for the app and the CLI.
    files: ['src/export/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [
          { group: ['vue', 'vue/*', '@vue/*', 'pinia', 'vue-*', 'chart.js', 'chart.js/*'], message: 'src/export must stay free of UI libraries.' },
          { group: ['node:*', 'fs', 'path', 'buffer'], message: 'src/export must run in a browser: no Node modules.' },
          { group: ['@/stores/*', '@/components/*', '@/i18n/*', '@/app/*', '../stores/*', '../components/*', '../app/*', '../cli/*'], message: 'src/export must not depend on the app or the CLI.' },
        ],
      }],
      'no-restricted-globals': ['error', 'window', 'document', 'localStorage', 'sessionStorage', 'navigator', 'location', 'process', 'Buffer', 'Blob'],
    },
  },
)
