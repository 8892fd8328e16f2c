import { describe, expect, it } from '@jest/globals';
import { isTab, isTabPath, mainPages, routeNames, routeOfPath, routes, subPackages, tabOf, urlFor } from './routes';

describe('tab pages, as the router names them', () => {
  it('are known with or without a leading slash or a query; sub-pages are not tab pages', () => {
    expect(isTabPath('/pages/mine/index')).toBe(true);
    expect(isTabPath('pages/home/index?from=share')).toBe(true);
    expect(isTabPath(`/${routes.licences.path}`)).toBe(false);
    expect(isTabPath('/pages/nowhere/index')).toBe(false);
  });
});

describe('好差评 pages', () => {
  it('are one subpackage of their own; the staff queue sits with the other staff pages', () => {
    const reviews = subPackages().find((p) => p.root === 'features/reviews');
    expect(reviews).toEqual({
      root: 'features/reviews',
      name: 'reviews',
      pages: ['list/index', 'rate/index', 'detail/index'],
    });
    expect(subPackages().find((p) => p.root === 'features/staff')?.pages).toContain('reviews/index');
    expect(mainPages()).not.toContain(routes.rate.path);
  });

  it('open the form for what the resident tapped, and the window QR by its center', () => {
    expect(urlFor('rate', { application: 'A 1' })).toBe('/features/reviews/rate/index?application=A%201');
    expect(urlFor('rate', { center: 'c-001' })).toBe('/features/reviews/rate/index?center=c-001');
    expect(urlFor('review', { id: 'r1', done: 'new' })).toBe('/features/reviews/detail/index?id=r1&done=new');
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

describe('办不成事 and 咨询 pages', () => {
  it('are one subpackage of their own; the staff queue sits with the other staff pages', () => {
    expect(subPackages().find((p) => p.root === 'features/feedback')).toEqual({
      root: 'features/feedback',
      name: 'feedback',
      pages: ['new/index', 'consult/index', 'list/index', 'detail/index'],
    });
    expect(subPackages().find((p) => p.root === 'features/staff')?.pages).toContain('feedback/index');
    expect(mainPages()).not.toContain(routes.feedbackNew.path);
  });

  it('carry what a report is about, and open a case by its id', () => {
    expect(urlFor('feedbackNew', { applicationId: 'a1', kind: 'online_failed' })).toBe(
      '/features/feedback/new/index?applicationId=a1&kind=online_failed',
    );
    expect(urlFor('feedbackNew')).toBe('/features/feedback/new/index');
    expect(urlFor('consult', { matterCode: '11410100 0001' })).toBe(
      '/features/feedback/consult/index?matterCode=11410100%200001',
    );
    expect(urlFor('feedback', { id: 'fb1', done: '1' })).toBe('/features/feedback/detail/index?id=fb1&done=1');
  });
});

describe('帮办代办 pages', () => {
  it('are one subpackage of their own, under 我的', () => {
    expect(subPackages().find((p) => p.root === 'features/mandates')).toEqual({
      root: 'features/mandates',
      name: 'mandates',
      pages: ['list/index', 'detail/index', 'invite/index', 'grant/index', 'request/index'],
    });
    expect(mainPages()).not.toContain(routes.mandates.path);
    for (const name of ['mandates', 'mandate', 'mandateInvite', 'mandateGrant', 'mandateRequest'] as const)
      expect(tabOf(name)).toBe('mine');
  });

  it('open 确认委托 at the path the BFF puts in the helper’s QR', () => {
    // bff/src/mandates/mandates.service.ts: `features/mandates/grant/index?invite=<token>`
    expect(urlFor('mandateGrant', { invite: 'tok_123' })).toBe('/features/mandates/grant/index?invite=tok_123');
    expect(routeOfPath('features/mandates/grant/index?invite=tok_123')).toBe('mandateGrant');
  });
});
