/// <reference types="vitest/config" />
import { fileURLToPath, URL } from 'node:url'
import vue from '@vitejs/plugin-vue'
import { defineConfig } from 'vite'
import { VitePWA } from 'vite-plugin-pwa'

export default defineConfig({
  base: './',
  plugins: [
    vue(),
    // Offline use and "install as an app": a service worker that precaches the whole build (the
    // presets and the lever library included), registered by src/main.ts in production builds.
    VitePWA({
      injectRegister: false,
      registerType: 'autoUpdate',
      includeAssets: ['favicon.svg'],
      manifest: {
        name: 'Short-drama budget',
        short_name: 'Drama budget',
        description: 'Budget and schedule planner for short dramas, with AI-assist what-ifs',
        lang: 'en',
        start_url: './',
        scope: './',
        display: 'standalone',
        background_color: '#f4f6f9',
        theme_color: '#14283f',
        icons: [
          { src: 'icon-192.png', sizes: '192x192', type: 'image/png' },
          { src: 'icon-512.png', sizes: '512x512', type: 'image/png' },
          { src: 'icon-maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
        ],
      },
      workbox: {
        globPatterns: ['**/*.{js,css,html,svg,png,webmanifest}'],
        navigateFallback: 'index.html',
        // The XLSX writer is loaded only on export, but it must work offline too.
        maximumFileSizeToCacheInBytes: 8 * 1024 * 1024,
        cleanupOutdatedCaches: true,
        // A new version takes over open tabs at once: the app keeps no state in the service worker.
        clientsClaim: true,
        skipWaiting: true,
      },
    }),
  ],
  resolve: {
    alias: { '@': fileURLToPath(new URL('./src', import.meta.url)) },
  },
  build: {
    target: 'es2022',
    // exceljs (≈ 930 kB, loaded only when a workbook is exported) is the one chunk above 600 kB.
    chunkSizeWarningLimit: 1000,
  },
  worker: { format: 'es' },
  test: {
    environment: 'node',
    projects: [
      {
        extends: true,
        test: { name: 'unit', include: ['tests/**/*.test.ts'], exclude: ['tests/browser/**'], setupFiles: ['tests/support/setup.ts'], benchmark: { include: ['tests/**/*.bench.ts'] } },
      },
      {
        // Each browser test file builds the app and drives Chromium: one file at a time, so that
        // timings (long tasks, latencies) are not measured on a machine busy with the others.
        extends: true,
        test: { name: 'browser', include: ['tests/browser/**/*.test.ts'], fileParallelism: false, benchmark: { include: [] } },
      },
    ],
  },
})
