import { defineConfig } from 'vitest/config';

/**
 * Three projects, so a unit run starts nothing: only integration and e2e need the suite's
 * redis-server, in their global setup (each runs it once).
 */
const servicesSetup = ['test/support/global-setup.ts'];

export default defineConfig({
  test: {
    testTimeout: 30_000,
    hookTimeout: 60_000,
    projects: [
      // Unit tests are pure (no env, timers or module mocks), so files share one module graph
      // per worker: isolating each file took 31 s of module loading against 14 s shared.
      { extends: true, test: { name: 'unit', include: ['test/unit/**/*.test.ts'], isolate: false } },
      { extends: true, test: { name: 'integration', include: ['test/integration/**/*.test.ts'], globalSetup: servicesSetup } },
      { extends: true, test: { name: 'e2e', include: ['test/e2e/**/*.test.ts'], globalSetup: servicesSetup } },
    ],
  },
});
