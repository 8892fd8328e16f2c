import { createHmac } from 'node:crypto';
import { callbackSignatureValid, parseApprovalCallback } from './approval-callback';

const SECRET = 'the-platform-and-we-share-this-secret-0001';
const NOW = 1_796_000_000_000;
const body = Buffer.from(
  JSON.stringify({
    application_no: 'AY2026000001',
    event_id: 'e1',
    seq: 1,
    status: 'ACCEPTED',
    at: '2026-12-03T10:00:00+08:00',
    office: '林州市政务服务中心',
    note: null,
  }),
);
const sign = (timestamp: string, raw: Buffer, secret = SECRET): string =>
  createHmac('sha256', secret).update(`${timestamp}.`).update(raw).digest('hex');

describe('a status callback from the approval platform', () => {
  const timestamp = String(NOW - 1000);
  const valid = { timestamp, signature: sign(timestamp, body), raw: body };

  it('is accepted with the platform’s signature over the exact bytes, within the skew', () => {
    expect(callbackSignatureValid(valid, SECRET, 300_000, NOW)).toBe(true);
  });

  it('is refused when one byte of the body changed after signing', () => {
    const changed = Buffer.from(body.toString().replace('ACCEPTED', 'REJECTED'));
    expect(callbackSignatureValid({ ...valid, raw: changed }, SECRET, 300_000, NOW)).toBe(false);
  });

  it('is refused when signed with another secret, replayed outside the skew, or missing its parts', () => {
    expect(
      callbackSignatureValid(
        { ...valid, signature: sign(timestamp, body, 'someone-else-s-secret-000000000000') },
        SECRET,
        300_000,
        NOW,
      ),
    ).toBe(false);
    const old = String(NOW - 301_000);
    expect(
      callbackSignatureValid({ timestamp: old, signature: sign(old, body), raw: body }, SECRET, 300_000, NOW),
    ).toBe(false);
    expect(callbackSignatureValid({ ...valid, raw: undefined }, SECRET, 300_000, NOW)).toBe(false);
    expect(callbackSignatureValid({ ...valid, signature: 'ab' }, SECRET, 300_000, NOW)).toBe(false);
    expect(callbackSignatureValid({ ...valid, timestamp: 'yesterday' }, SECRET, 300_000, NOW)).toBe(false);
  });

  it('is read into one step of one application, and anything outside the contract is refused', () => {
    const parsed = parseApprovalCallback(JSON.parse(body.toString()));
    expect(parsed).toMatchObject({
      applicationNo: 'AY2026000001',
      event: { eventId: 'e1', seq: 1, status: 'ACCEPTED', office: '林州市政务服务中心', supplement: null },
    });
    expect(parsed?.event.at.toISOString()).toBe('2026-12-03T02:00:00.000Z');
    expect(parseApprovalCallback({ ...JSON.parse(body.toString()), seq: 0 })).toBeNull();
    expect(parseApprovalCallback({ ...JSON.parse(body.toString()), status: 'DONE' })).toBeNull();
    expect(parseApprovalCallback('ACCEPTED')).toBeNull();
  });
});
