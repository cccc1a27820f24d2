import react from '@vitejs/plugin-react'
import { defineConfig } from 'vite'

const root = new URL('.', import.meta.url).pathname
const api = process.env.BUURTKRACHT_API ?? 'http://localhost:8787'

// The worker serves dist/assets as static files, so the panel lives at /admin/ on the same origin.
export default defineConfig({
  root,
  base: '/admin/',
  plugins: [react()],
  resolve: {
    alias: { 'object.entries': new URL('src/i18n/object-entries.cjs', import.meta.url).pathname },
  },
  build: {
    outDir: new URL('../dist/assets/admin', import.meta.url).pathname,
    emptyOutDir: true,
    // The first load, react-admin with MUI and every list, is one ~1 MB chunk (~340 KiB gzip).
    chunkSizeWarningLimit: 1500,
    rolldownOptions: {
      output: {
        codeSplitting: {
          // Left alone, Rolldown cuts what the first load shares with the pages loaded on demand
          // into dozens of small chunks, each compressed on its own: ~30 KiB more gzip. So the
          // first load is one chunk, and the libraries the on-demand pages share one more.
          groups: [
            { name: 'shell', tags: ['$initial'] },
            { name: 'views', test: /node_modules/, minShareCount: 2 },
          ],
        },
      },
    },
  },
  server: {
    // `wrangler dev --port 8787` serves the API (BUURTKRACHT_API points elsewhere). The API only
    // accepts writes from its own origin, and to the browser this dev server is that origin.
    proxy: {
      '/api': {
        target: api,
        changeOrigin: true,
        configure: (proxy) => proxy.on('proxyReq', (request) => request.setHeader('origin', api)),
      },
    },
  },
})
