import react from '@vitejs/plugin-react'
import { defineConfig } from 'vite'

const root = new URL('.', import.meta.url).pathname
const api = process.env.BUURTKRACHT_API ?? 'http://localhost:8787'

// The worker serves dist/assets as static files, so the panel lives at /admin/ on the same origin.
export default defineConfig({
  root,
  base: '/admin/',
  plugins: [react()],
  build: {
    outDir: new URL('../dist/assets/admin', import.meta.url).pathname,
    emptyOutDir: true,
    // react-admin with MUI is one ~1.1 MB bundle (~350 kB gzip); a staff panel loads it once.
    chunkSizeWarningLimit: 1500,
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
