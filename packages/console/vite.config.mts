// The console's build: served by the BFF at /console (hash routes, so the server needs no route table). In
// development `vite` proxies /api to a running BFF (npm start); `vite --mode mock` answers from dev/mock-api.mts
// instead, which is never part of the build.
import react from '@vitejs/plugin-react';
import { defineConfig, type PluginOption } from 'vite';

export default defineConfig(async ({ command, mode }) => {
  const plugins: PluginOption[] = [react()];
  if (command === 'serve' && mode === 'mock') plugins.push((await import('./dev/mock-api.mts')).mockApi());
  return {
    base: '/console/',
    plugins,
    build: {
      outDir: 'dist',
      emptyOutDir: true,
      chunkSizeWarningLimit: 2000,
    },
    server: {
      port: 5174,
      proxy: mode === 'mock' ? undefined : { '/api': 'http://127.0.0.1:3000' },
    },
  };
});
