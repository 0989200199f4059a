import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

/** The API and CDN of `pnpm start`, which the dev server forwards to. */
const API = 'http://localhost:8787';

export default defineConfig({
  // `pnpm start` serves the build at /examples/react/dist/: relative asset URLs.
  base: './',
  plugins: [react()],
  build: { outDir: 'dist', emptyOutDir: true },
  // `pnpm dev` on http://localhost:5173: the widgets call the API on the page's own
  // origin (/v1), which pk_test_demo accepts from any http://localhost:* page.
  server: { proxy: { '/v1': API, '/cdn': API } },
});
