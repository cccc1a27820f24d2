import { mkdirSync } from 'node:fs'
import { cloudflareTest, readD1Migrations } from '@cloudflare/vitest-pool-workers'
import { defineConfig } from 'vitest/config'

// Worker tests: the real worker in workerd, against real local D1 with the real migrations.
export default defineConfig(async () => {
  // wrangler.toml serves the built admin from here; the runtime refuses a missing directory.
  mkdirSync('dist/assets', { recursive: true })
  const migrations = await readD1Migrations('migrations')
  return {
    plugins: [
      cloudflareTest({
        main: './worker/index.ts',
        wrangler: { configPath: './wrangler.toml' },
        miniflare: { bindings: { TEST_MIGRATIONS: migrations } },
      }),
    ],
    test: {
      include: ['test/worker/**/*.test.ts', 'worker/**/*.test.ts'],
      setupFiles: ['test/worker/apply-migrations.ts'],
    },
  }
})
