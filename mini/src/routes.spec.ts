import { describe, expect, it } from '@jest/globals';
import { isTab, isTabPath, routeNames, routeOfPath, routes, tabOf } from './routes';

describe('tab pages, as the router names them', () => {
  it('are known with or without a leading slash or a query; sub-pages are not tab pages', () => {
    expect(isTabPath('/pages/mine/index')).toBe(true);
    expect(isTabPath('pages/home/index?from=share')).toBe(true);
    expect(isTabPath(`/${routes.licences.path}`)).toBe(false);
    expect(isTabPath('/pages/nowhere/index')).toBe(false);
  });
});

describe('the tab a page belongs to (where 返回 goes from a page opened by its address)', () => {
  it('is the page itself for a tab page, and each subpackage’s tab for the others', () => {
    expect(tabOf('mine')).toBe('mine');
    expect(tabOf('guide')).toBe('search');
    expect(tabOf('licenceDisplay')).toBe('mine');
    expect(tabOf('centerMap')).toBe('home');
    for (const name of routeNames) expect(isTab(tabOf(name))).toBe(true);
  });

  it('is found from the path the router gives', () => {
    expect(routeOfPath('/features/guide/matter/index')).toBe('guide');
    expect(routeOfPath('pages/home/index?from=share')).toBe('home');
    expect(routeOfPath('/features/nowhere/index')).toBeUndefined();
  });
});
