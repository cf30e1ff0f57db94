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
    // The engine, the script reader, the spreadsheet importer, the number readers and the workers' sliced-job scaffolding are pure: plain functions over plain data, usable from the app, a worker and the CLI.
    files: ['src/engine/**/*.ts', 'src/script/**/*.ts', 'src/import/**/*.ts', 'src/app/pastedBlock.ts', 'src/app/typedNumber.ts', 'src/workers/slicedJob.ts'],
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
    // The shoot-order optimiser is pure as the engine is: the app's worker and the CLI run it.
    files: ['src/optimiser/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [
          { group: ['vue', 'vue/*', '@vue/*', 'pinia', 'vue-*', 'chart.js', 'chart.js/*'], message: 'src/optimiser must stay free of UI libraries.' },
          { group: ['node:*', 'fs', 'path'], message: 'src/optimiser must run in a browser and a worker: no Node modules.' },
          { group: ['@/stores/*', '@/components/*', '@/i18n/*', '../stores/*', '../components/*', '../cli/*'], message: 'src/optimiser must not depend on the app.' },
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
  {
    // The breakdown's edits, rows and summaries are plain functions over the project, tested directly.
    files: ['src/stores/breakdown*.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [
          { group: ['vue', 'vue/*', '@vue/*', 'pinia', 'vue-*', 'chart.js', 'chart.js/*', 'node:*'], message: 'the breakdown functions stay free of UI libraries and Node.' },
          { group: ['@/components/*', '@/i18n/*', '@/stores/project', '@/stores/ui', '@/stores/library'], message: 'the breakdown functions must not depend on the app.' },
        ],
      }],
      'no-restricted-globals': ['error', 'window', 'document', 'localStorage', 'sessionStorage', 'navigator', 'location', 'process'],
    },
  },
)
