import { mkdirSync } from 'node:fs'
import { cloudflareTest, readD1Migrations } from '@cloudflare/vitest-pool-workers'
import { defineConfig } from 'vitest/config'

export default defineConfig(async () => {
  // wrangler.toml serves the built admin from here; the runtime refuses a missing directory.
  mkdirSync('dist/assets', { recursive: true })
  const migrations = await readD1Migrations('migrations')
  return {
    test: {
      projects: [
        {
          // The real worker in workerd, against real local D1 with the real migrations.
          plugins: [
            cloudflareTest({
              main: './worker/index.ts',
              wrangler: { configPath: './wrangler.toml' },
              miniflare: { bindings: { TEST_MIGRATIONS: migrations } },
            }),
          ],
          test: {
            name: 'worker',
            include: ['test/worker/**/*.test.ts'],
            setupFiles: ['test/worker/apply-migrations.ts'],
          },
        },
        {
          // Pure domain rules and lib mechanics need no runtime: plain Node starts them at once.
          test: { name: 'unit', include: ['worker/**/*.test.ts'], environment: 'node' },
        },
      ],
    },
  }
})
