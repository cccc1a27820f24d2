declare namespace Cloudflare {
  interface Env {
    /** The migrations, read by vitest.config.ts and applied before each test file. */
    TEST_MIGRATIONS: import('cloudflare:test').D1Migration[]
  }
}
