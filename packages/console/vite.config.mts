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
      chunkSizeWarningLimit: 1200,
      // Libraries in chunks of their own: an app release leaves them cached (their hashes do not change).
      rolldownOptions: {
        output: {
          codeSplitting: {
            groups: [
              { name: 'react', test: /node_modules[\\/](react|react-dom|scheduler)[\\/]/ },
              { name: 'echarts', test: /node_modules[\\/](echarts|zrender|echarts-for-react)[\\/]/ },
              { name: 'antd', test: /node_modules[\\/](antd|@ant-design|@rc-component|dayjs)[\\/]/ },
            ],
          },
        },
      },
    },
    server: {
      port: 5174,
      proxy: mode === 'mock' ? undefined : { '/api': 'http://127.0.0.1:3000' },
    },
  };
});
