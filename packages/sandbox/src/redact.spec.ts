import { redactedRequest } from './redact';
import { createSandbox } from './server';

describe('sandbox logs', () => {
  it('show query parameter names only and mask ID-number- and phone-shaped path segments', () => {
    expect(redactedRequest({ method: 'GET', url: '/__sandbox/sms?phone=13800000001' })).toEqual({
      method: 'GET',
      url: '/__sandbox/sms?phone=*',
    });
    expect(redactedRequest({ method: 'GET', url: '/sns/jscode2session?appid=wx1&secret=s&js_code=c' }).url).toBe(
      '/sns/jscode2session?appid=*&secret=*&js_code=*',
    );
    expect(redactedRequest({ method: 'GET', url: '/licence/v1/licences/410502198001010036' }).url).toBe(
      '/licence/v1/licences/4105**********0036',
    );
  });

  it('never carry an ID number or a phone number, whatever the request', async () => {
    const lines: string[] = [];
    const sandbox = await createSandbox({ logStream: { write: (line) => void lines.push(line) } });
    try {
      const post = (path: string, body: unknown): Promise<Response> =>
        fetch(`${sandbox.url}${path}`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify(body),
        });
      await post('/identity/v1/verify', { name: '张建国', id_number: '410502198001010036' });
      await post('/identity/v1/verify', { name: '张建国', id_number: '41050219800101003' });
      await post('/licence/v1/licences/query', { holder_id_number: '410502198001010036', holder_name: '张建国' });
      await post('/sms/v1/send', { phone: '13800000001', template: 'REALNAME_VERIFY', params: { code: '123456' } });
      await fetch(`${sandbox.url}/__sandbox/sms?phone=13800000001`);
      await fetch(`${sandbox.url}/licence/v1/licences/410502198001010036`);
      await fetch(`${sandbox.url}/identity/v1/verify?id_number=410502198001010036`);
    } finally {
      await sandbox.close();
    }
    expect(lines.length).toBeGreaterThanOrEqual(14);
    const all = lines.join('\n');
    expect(all).toContain('/identity/v1/verify');
    for (const secret of ['410502198001010036', '41050219800101003', '13800000001']) expect(all).not.toContain(secret);
  });
});
