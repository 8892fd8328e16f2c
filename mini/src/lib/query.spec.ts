import { describe, expect, it } from '@jest/globals';
import { decodeParams, headerValue, toQueryString } from './query';
import { newRequestId } from './requestId';
import { adviceFor } from './errorAdvice';

describe('request helpers', () => {
  it('builds a query string without empty values', () => {
    expect(toQueryString({ q: '社保 卡', domain: '', page: 2, mobileReady: true, level: undefined })).toBe(
      '?q=%E7%A4%BE%E4%BF%9D%20%E5%8D%A1&page=2&mobileReady=true',
    );
    expect(toQueryString({})).toBe('');
  });

  it('reads headers whatever their case', () => {
    expect(headerValue({ 'X-Catalog-Stale': '1' }, 'x-catalog-stale')).toBe('1');
    expect(headerValue({}, 'x-catalog-stale')).toBeNull();
  });

  it('makes distinct request ids', () => {
    expect(newRequestId(0, () => 0)).toBe('m-0-00000000');
    expect(newRequestId()).not.toBe(newRequestId());
  });

  it('gives every error a next step, unknown ones included', () => {
    expect(adviceFor('NETWORK_OFFLINE').actions).toEqual(['retry']);
    expect(adviceFor('MATTER_NOT_FOUND').actions).toContain('search');
    expect(adviceFor('SOMETHING_ELSE').actions).toContain('retry');
  });

  it('decodes page params once, keeps a stray % as it came, and drops empty ones', () => {
    expect(
      decodeParams({ matterName: '%E7%A4%BE%E4%BF%9D', start: '2026-12-03T09:00:00+08:00', q: '100%', done: '' }),
    ).toEqual({
      matterName: '社保',
      start: '2026-12-03T09:00:00+08:00',
      q: '100%',
    });
  });
});
