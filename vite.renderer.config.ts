import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { cspPlugin } from './vite.csp-plugin';

// https://vitejs.dev/config
export default defineConfig({
  plugins: [react(), cspPlugin()],
});
