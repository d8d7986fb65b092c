import path from 'node:path';
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { cspPlugin } from './vite.csp-plugin';

// The same renderer as the Electron window, built for the browser host
// (`npm run dev:web` and the E2E suite). Only the output folder differs.
export default defineConfig({
  plugins: [react(), cspPlugin()],
  // citation-js imports node-fetch; the renderer must never reach the network,
  // so that import resolves to a module that refuses every request.
  resolve: {
    alias: { 'node-fetch': path.resolve(__dirname, 'src/shared/citations/no-fetch.ts') },
  },
  base: './',
  build: { outDir: 'dist/web', emptyOutDir: true, sourcemap: true },
});
