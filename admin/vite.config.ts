import react from '@vitejs/plugin-react'
import { defineConfig } from 'vite'

const root = new URL('.', import.meta.url).pathname

// The worker serves dist/assets as static files, so the panel lives at /admin/ on the same origin.
export default defineConfig({
  root,
  base: '/admin/',
  plugins: [react()],
  build: {
    outDir: new URL('../dist/assets/admin', import.meta.url).pathname,
    emptyOutDir: true,
  },
  server: {
    proxy: { '/api': 'http://localhost:8787' },
  },
})
