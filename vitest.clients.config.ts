import { defineConfig } from 'vitest/config';

// The real clients that install and run hypo: npm from a git URL and from a packed tarball, and
// the pre-commit framework. Slow by nature (each git install fetches the devDependencies to build),
// so kept out of `npm test` and run by `npm run test:clients`, in CI as a step of its own.
export default defineConfig({
  test: {
    include: ['tests/clients/**/*.test.ts'],
    // One bare repository holding the checkout under test, working tree included, for every client.
    globalSetup: ['tests/clients/global-setup.ts'],
    setupFiles: ['tests/setup-temp-dirs.ts'],
    // The npm file and the pre-commit file side by side: their installs wait on disk and git as much as on the cores.
    maxWorkers: 2,
    testTimeout: 240_000,
    hookTimeout: 240_000,
  },
});
