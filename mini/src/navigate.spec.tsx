// navigate.ts against the Taro double (mini/test/taro.ts): which router call each move makes for a given page
// stack. (A .tsx spec only to run in the project that maps @tarojs/taro to the double.)
import { beforeEach, describe, expect, it } from '@jest/globals';
import Taro from '@tarojs/taro';
import { back, backTo, go, replace } from './navigate';
import { routes, type RouteName } from './routes';

const double = Taro as unknown as {
  calls: { api: string; args: unknown[] }[];
  getCurrentPages: () => { route: string }[];
};

/** The page stack, bottom first, as H5's router names pages (a leading slash). */
function stack(...names: RouteName[]): void {
  double.getCurrentPages = () => names.map((n) => ({ route: `/${routes[n].path}` }));
}

const moves = () => double.calls.filter((c) => c.api !== 'showToast');

beforeEach(() => {
  double.calls.length = 0;
});

describe('a tab page', () => {
  it('at the bottom of the stack is gone back to, closing the pages above in the browser history as well', () => {
    stack('mine', 'identity');
    go('mine');
    expect(moves()).toEqual([{ api: 'navigateBack', args: [{ delta: 1 }] }]);
  });

  it('several pages down is gone back to with the delta of the pages above it', () => {
    stack('search', 'guide', 'aboutData');
    replace('search');
    expect(moves()).toEqual([{ api: 'navigateBack', args: [{ delta: 2 }] }]);
  });

  it('not in the stack (or another tab at its bottom) is switched to', () => {
    stack('mine', 'identity');
    go('home');
    stack('guide');
    go('search');
    expect(moves()).toEqual([
      { api: 'switchTab', args: [{ url: '/pages/home/index' }] },
      { api: 'switchTab', args: [{ url: '/pages/search/index' }] },
    ]);
  });
});

describe('返回', () => {
  it('goes back a page when there is one below', () => {
    stack('search', 'guide');
    back();
    expect(moves()).toEqual([{ api: 'navigateBack', args: [] }]);
  });

  it('on a page opened by its address opens the tab the page belongs to, not always 首页', () => {
    for (const [page, tab] of [
      ['guide', 'search'],
      ['aboutData', 'search'],
      ['licences', 'mine'],
      ['applications', 'mine'],
      ['centers', 'home'],
    ] as const) {
      stack(page);
      back();
      expect(moves().pop()).toEqual({ api: 'switchTab', args: [{ url: `/${routes[tab].path}` }] });
    }
  });
});

describe('backTo', () => {
  it('goes back when the page below is that route, and opens it otherwise', () => {
    stack('bookSlot', 'bookConfirm');
    backTo('bookSlot', { centerId: 'c1', matterCode: 'm1' });
    stack('bookConfirm');
    backTo('bookSlot', { centerId: 'c1', matterCode: 'm1' });
    expect(moves()).toEqual([
      { api: 'navigateBack', args: [] },
      { api: 'navigateTo', args: [{ url: '/features/bookings/slot/index?centerId=c1&matterCode=m1' }] },
    ]);
  });
});
