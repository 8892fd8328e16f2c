import { describe, expect, it } from '@jest/globals';
import { ACTING_FOR_HEADER } from '@zsb/domain';
import { actingHeader, refusalUnderMandate, routePath, type Acting } from './acting';

const acting: Acting = {
  mandateId: 'mdt_12345678',
  principalName: '王*国',
  helperId: 'r-helper',
  level: 'handle',
  matters: [{ code: '410500-010101-001', name: '城乡居民养老保险参保登记' }],
};
const sent = { [ACTING_FOR_HEADER]: 'mdt_12345678' };

describe('routePath', () => {
  it('puts the API prefix in front and drops the query', () => {
    expect(routePath('/applications?page=2')).toBe('/api/v1/applications');
    expect(routePath('/matters/410500-010101-001/form')).toBe('/api/v1/matters/410500-010101-001/form');
  });
});

describe('actingHeader', () => {
  it('names the 委托 on the routes a helper may use for the principal', () => {
    expect(actingHeader(acting, 'r-helper', 'POST', '/applications')).toEqual(sent);
    expect(actingHeader(acting, 'r-helper', 'GET', '/applications?status=open')).toEqual(sent);
    expect(actingHeader(acting, 'r-helper', 'get', '/applications/a1')).toEqual(sent);
    expect(actingHeader(acting, 'r-helper', 'GET', '/matters/410500-010101-001/form')).toEqual(sent);
    expect(actingHeader(acting, 'r-helper', 'PUT', '/application-drafts/d1')).toEqual(sent);
    expect(actingHeader(acting, 'r-helper', 'POST', '/bookings')).toEqual(sent);
    expect(actingHeader(acting, 'r-helper', 'POST', '/bookings/b1/cancel')).toEqual(sent);
    expect(actingHeader(acting, 'r-helper', 'POST', '/uploads')).toEqual(sent);
    // The photos being put together for the principal: shown and removed as theirs.
    expect(actingHeader(acting, 'r-helper', 'GET', '/uploads/u1/content')).toEqual(sent);
    expect(actingHeader(acting, 'r-helper', 'DELETE', '/uploads/u1')).toEqual(sent);
  });

  it('never sends it elsewhere: the catalog, the helper’s own account, licences, the 委托 pages themselves', () => {
    for (const [method, path] of [
      ['GET', '/matters/410500-010101-001'],
      ['GET', '/matters?q=社保'],
      ['GET', '/me'],
      ['GET', '/licences'],
      ['GET', '/mandates'],
      ['POST', '/mandates/m1/revoke'],
      ['GET', '/notifications'],
      ['GET', '/centers/c1/slots'],
      ['POST', '/feedback'],
    ])
      expect(actingHeader(acting, 'r-helper', method, path)).toEqual({});
  });

  it('sends nothing when not acting, or when another account is signed in on this phone', () => {
    expect(actingHeader(null, 'r-helper', 'POST', '/applications')).toEqual({});
    expect(actingHeader(acting, 'r-someone-else', 'POST', '/applications')).toEqual({});
    expect(actingHeader(acting, null, 'POST', '/applications')).toEqual({});
  });
});

describe('refusalUnderMandate', () => {
  it('ends acting when the 委托 was revoked, ran out or cannot be read', () => {
    expect(refusalUnderMandate('revoked')).toBe('ended');
    expect(refusalUnderMandate('expired')).toBe('ended');
    expect(refusalUnderMandate(null)).toBe('ended');
  });

  it('keeps acting when the 委托 stands and only this request asked for more than it covers', () => {
    expect(refusalUnderMandate('active')).toBe('out-of-scope');
  });
});
