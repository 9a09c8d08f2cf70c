import { defineConfig } from 'vitest/config';

// End-to-end tests drive a real Chromium with the built extension; one file at a time, since
// each launches a browser.
export default defineConfig({
  test: {
    include: ['test/e2e/**/*.e2e.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    fileParallelism: false,
  },
});
