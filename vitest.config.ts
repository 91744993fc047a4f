import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    globalSetup: ['tests/global-setup.ts'],
    setupFiles: ['tests/setup-temp-dirs.ts'],
    // Spawned end-to-end tests start real processes and git; give them room on a 2-core machine.
    testTimeout: 30_000,
  },
});
