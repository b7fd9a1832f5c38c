import { defineConfig } from '@playwright/test';

export default defineConfig({
  testDir: 'tests',
  projects: [{ name: 'unit', testMatch: /tests\/(unit|http)\/.*\.spec\.ts/ }],
});
