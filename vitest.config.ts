import { configDefaults, defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    // The real clients (npm, pre-commit) take minutes: `npm run test:clients` runs them (vitest.clients.config.ts).
    exclude: [...configDefaults.exclude, 'tests/clients/**'],
    globalSetup: ['tests/global-setup.ts'],
    setupFiles: ['tests/setup-temp-dirs.ts'],
    // Test files share their worker's modules instead of each starting a fresh one: on a 2-core
    // machine a fresh worker and module graph per file cost about half the suite. That holds while
    // no test leaves state behind in a module: no vi.mock, and hooks every file needs go in setup
    // files (run again before each file), not in a helper only the first file would register.
    isolate: false,
    // Env stubs (vi.stubEnv) end with their test, so none reaches the next file.
    unstubEnvs: true,
    // Spawned end-to-end tests start real processes and git; give them room on a 2-core machine.
    testTimeout: 30_000,
    // One test file per core. Vitest's default leaves one core for itself (a single worker on
    // these 2-core machines), while most files spend their time waiting on git, shells and
    // spawned hypo runs: two workers keep both cores busy.
    maxWorkers: 2,
  },
});
