import { fileURLToPath } from 'node:url'
import { defineConfig } from 'vitest/config'

// Browser journeys against the real worker (wrangler dev) and the built admin panel, in Node.
export default defineConfig({
  test: {
    root: fileURLToPath(new URL('../..', import.meta.url)),
    include: ['test/e2e/**/*.test.ts'],
    globalSetup: ['test/e2e/global-setup.ts'],
    environment: 'node',
    // One browser and one worker on a small machine: run the files one after another.
    fileParallelism: false,
    testTimeout: 240_000,
    hookTimeout: 180_000,
  },
})
