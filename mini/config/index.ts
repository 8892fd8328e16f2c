import path from 'node:path';
import { defineConfig, type UserConfigExport } from '@tarojs/cli';
import devConfig from './dev';
import prodConfig from './prod';

// The weapp/alipay builds talk to the BFF by absolute URL; H5 is served by the BFF itself and uses a
// relative path (see src/api/base.h5.ts), so this constant only matters for the mini-programs.
interface SplitChunks {
  cacheGroups?: Record<string, unknown>;
  [key: string]: unknown;
}

const apiBase = process.env.TARO_APP_API_BASE || 'http://127.0.0.1:3000';
// Subscribe-message templates for application progress: the same ids as the BFF's `applications.wechatTemplateId`
// and `alipayTemplateId` (config/default.json), which is what sends the messages.
const wechatProgressTemplate = process.env.TARO_APP_WECHAT_PROGRESS_TEMPLATE || 'zsb-progress-wechat';
const alipayProgressTemplate = process.env.TARO_APP_ALIPAY_PROGRESS_TEMPLATE || 'zsb-progress-alipay';

export default defineConfig<'webpack5'>(async (merge) => {
  const baseConfig: UserConfigExport<'webpack5'> = {
    projectName: 'zhangshangban',
    date: '2024-1-1',
    designWidth: 750,
    deviceRatio: { 640: 2.34 / 2, 750: 1, 375: 2, 828: 1.81 / 2 },
    sourceRoot: 'src',
    outputRoot: `dist/${process.env.TARO_ENV}`,
    plugins: [],
    defineConstants: {
      'process.env.TARO_APP_API_BASE': JSON.stringify(apiBase),
      'process.env.TARO_APP_WECHAT_PROGRESS_TEMPLATE': JSON.stringify(wechatProgressTemplate),
      'process.env.TARO_APP_ALIPAY_PROGRESS_TEMPLATE': JSON.stringify(alipayProgressTemplate),
    },
    alias: {
      '@': path.resolve(__dirname, '..', 'src'),
    },
    // dist/alipay opens as a project in the Alipay IDE on its own (dist/weapp gets project.config.json from Taro).
    copy: {
      patterns:
        process.env.TARO_ENV === 'alipay'
          ? [{ from: 'config/mini.project.dist.json', to: 'dist/alipay/mini.project.json' }]
          : process.env.TARO_ENV === 'h5'
            ? [{ from: 'src/favicon.svg', to: 'dist/h5/favicon.svg' }]
            : [],
      options: {},
    },
    framework: 'react',
    compiler: { type: 'webpack5', prebundle: { enable: false } },
    cache: { enable: false },
    mini: {
      // Code used only by a subpackage stays in that subpackage; the main package keeps the tab pages.
      optimizeMainPackage: { enable: true },
      // Component styles do not depend on each other's order (all values come from theme variables).
      miniCssExtractPluginOption: { ignoreOrder: true },
      postcss: {
        pxtransform: { enable: true, config: {} },
        cssModules: { enable: false },
      },
    },
    h5: {
      // The BFF serves dist/h5 as static files at '/'; hash routes need no server-side fallback.
      publicPath: '/',
      staticDirectory: 'static',
      router: { mode: 'hash' },
      output: {
        filename: 'js/[name].[contenthash:8].js',
        chunkFilename: 'js/[name].[contenthash:8].js',
      },
      miniCssExtractPluginOption: {
        ignoreOrder: true,
        filename: 'css/[name].[contenthash:8].css',
        chunkFilename: 'css/[name].[contenthash:8].css',
      },
      postcss: {
        autoprefixer: { enable: true, config: {} },
        cssModules: { enable: false },
      },
      webpackChain(chain) {
        // Taro splits only initial chunks on H5, so every lazily loaded page carried its own copy of the
        // H5 component library (~70 KB each). Share what two or more pages use in one async chunk instead.
        const splitChunks = chain.optimization.get('splitChunks') as SplitChunks;
        chain.optimization.splitChunks({
          ...splitChunks,
          cacheGroups: {
            ...splitChunks.cacheGroups,
            pagesShared: { chunks: 'async', minChunks: 2, minSize: 10_000, priority: 50, reuseExistingChunk: true },
          },
        });
      },
    },
  };

  if (process.env.NODE_ENV === 'development') {
    return merge({}, baseConfig, devConfig);
  }
  return merge({}, baseConfig, prodConfig);
});
