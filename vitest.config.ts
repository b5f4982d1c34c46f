import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

export default defineConfig({
  plugins: [WxtVitest()],
  resolve: {
    alias: { react: 'preact/compat', 'react-dom': 'preact/compat' },
  },
  test: {
    include: ['{lib,components,entrypoints,cli,scripts}/**/*.test.{ts,tsx}'],
    environment: 'node',
    setupFiles: ['tests/unit/i18n-setup.ts'],
    server: { deps: { inline: ['zustand', '@testing-library/preact'] } },
  },
});
