import { describe, expect, it } from '@jest/globals';
import { isTabPath, routes } from './routes';

describe('tab pages, as the router names them', () => {
  it('are known with or without a leading slash or a query; sub-pages are not tab pages', () => {
    expect(isTabPath('/pages/mine/index')).toBe(true);
    expect(isTabPath('pages/home/index?from=share')).toBe(true);
    expect(isTabPath(`/${routes.licences.path}`)).toBe(false);
    expect(isTabPath('/pages/nowhere/index')).toBe(false);
  });
});
