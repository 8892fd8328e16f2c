import { pageOf } from './route';

describe('the page in the address', () => {
  it('reads each page’s hash route, 搜索缺口 included', () => {
    expect(pageOf('#/search-gaps')).toBe('search-gaps');
    expect(pageOf('#/queues')).toBe('queues');
    expect(pageOf('#/audit?x=1')).toBe('audit');
  });

  it('falls back to the dashboard for anything else', () => {
    expect(pageOf('')).toBe('dashboard');
    expect(pageOf('#/?ticket=abc')).toBe('dashboard');
    expect(pageOf('#/search')).toBe('dashboard');
  });
});
