import { defineConfig } from 'vitest/config';
import { viteHolidayData } from './scripts/holiday-data-plugin.js';

// The whole suite runs once per host time zone: answers must never depend on it (docs/domain.md#days).
const zones = ['UTC', 'Asia/Ho_Chi_Minh', 'America/Los_Angeles'];

export default defineConfig({
  plugins: [viteHolidayData()],
  test: {
    projects: zones.map((tz) => ({
      extends: true,
      test: { name: `TZ=${tz}`, env: { TZ: tz }, include: ['test/**/*.test.ts'] },
    })),
  },
});
