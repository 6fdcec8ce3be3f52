import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// Where `npm run dev:web` sends API calls: the Quarterdeck server (`npm run dev`), or QUARTERDECK_DEV_API.
const API = process.env.QUARTERDECK_DEV_API ?? 'http://127.0.0.1:4321';

/** The web app: sources in src/web, built into dist/web, which the server serves with an SPA fallback. */
export default defineConfig({
  root: fileURLToPath(new URL('./src/web', import.meta.url)),
  plugins: [react()],
  build: {
    outDir: fileURLToPath(new URL('./dist/web', import.meta.url)),
    emptyOutDir: true,
    target: 'es2022',
    // Pages are split per route with React.lazy; ECharts only loads with the first page that draws a chart.
    chunkSizeWarningLimit: 600,
  },
  server: {
    port: 5173,
    // Everything under /api goes to the server except this app's own sources in src/web/api/.
    proxy: {
      '^/api/(v1/|docs|openapi\\.json)': { target: API },
      '/healthz': API,
      '/readyz': API,
      '/metrics': API,
    },
  },
});
