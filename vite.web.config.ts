import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { cspPlugin } from './vite.csp-plugin';

// The same renderer as the Electron window, built for the browser host
// (`npm run dev:web` and the E2E suite). Only the output folder differs.
export default defineConfig({
  plugins: [react(), cspPlugin()],
  base: './',
  build: { outDir: 'dist/web', emptyOutDir: true, sourcemap: true },
});
