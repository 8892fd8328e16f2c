/// <reference types="@tarojs/taro" />

declare module '*.png';
declare module '*.css';

declare namespace NodeJS {
  interface ProcessEnv {
    NODE_ENV: 'development' | 'production';
    TARO_ENV: 'weapp' | 'alipay' | 'h5';
    /** BFF origin for the mini-program builds; replaced at build time (config/index.ts). */
    TARO_APP_API_BASE: string;
    /** Subscribe-message template ids for application progress; the BFF's config names the same ones. */
    TARO_APP_WECHAT_PROGRESS_TEMPLATE: string;
    TARO_APP_ALIPAY_PROGRESS_TEMPLATE: string;
  }
}
