import { describe, expect, it } from '@jest/globals';
import { routes } from '../routes';
import { movedPage } from './movedPages';

describe('links to pages that moved', () => {
  it('open the page they meant, with their query (a subscribe message sent before the move)', () => {
    const url = movedPage('features/progress/detail/index', { id: 'a1b2', from: '订阅消息' });
    expect(url).toBe(`/${routes.application.path}?id=a1b2&from=${encodeURIComponent('订阅消息')}`);
    expect(movedPage('/features/apply/form/index', { code: '410500-1' })).toBe(`/${routes.apply.path}?code=410500-1`);
    expect(movedPage('features/progress/messages/index')).toBe(`/${routes.messages.path}`);
  });

  it('leave any other missing page alone', () => {
    expect(movedPage('features/licences/wallet/index')).toBeNull();
    expect(movedPage('pages/nowhere/index')).toBeNull();
  });
});
