import { isSecretName, loggableUrl, redactSecretsInText } from './log-redaction';

const id = '410502199001011234';

describe('a request URL as logged', () => {
  it('is decoded, so a number after an encoded word is masked, as the app’s own search sends it', () => {
    expect(loggableUrl(`/api/v1/matters?q=${encodeURIComponent(`身份证 ${id}`)}&page=1`)).toBe(
      '/api/v1/matters?q=身份证 4105**********1234&page=1',
    );
    expect(loggableUrl(`/api/v1/matters?q=${encodeURIComponent('电话13812345678')}`)).toBe(
      '/api/v1/matters?q=电话138****5678',
    );
    expect(loggableUrl('/api/v1/matters?q=%E8%AF%81+13812345678')).toBe('/api/v1/matters?q=证 138****5678');
  });

  it('is masked however the number was encoded: each digit escaped, twice escaped, full width', () => {
    const escaped = [...id].map((c) => `%${c.charCodeAt(0).toString(16)}`).join('');
    expect(loggableUrl(`/x?q=${escaped}`)).toBe('/x?q=4105**********1234');
    expect(loggableUrl(`/x?q=${encodeURIComponent(encodeURIComponent(`号${id}`))}`)).toBe('/x?q=号4105**********1234');
    expect(loggableUrl(`/x?q=${encodeURIComponent('４１０５０２１９９００１０１１２３４')}`)).toBe(
      '/x?q=4105**********1234',
    );
    expect(loggableUrl(`/x/${id}/y`)).toBe('/x/4105**********1234/y');
  });

  it('survives malformed escapes without throwing and still masks', () => {
    expect(loggableUrl(`/x?q=%E8%AF${id}%`)).toBe('/x?q=\uFFFD4105**********1234%');
    expect(loggableUrl(`/x?q=%zz${id}&%`)).toBe('/x?q=%zz4105**********1234&%');
    expect(() => loggableUrl('/%E0%A4%A?%ZZ=%%&=')).not.toThrow();
  });

  it('drops the value of every secret parameter, however its name is spelled or encoded', () => {
    expect(loggableUrl('/api/v1/progress?number=ZSB2026000123&code=482913')).toBe(
      '/api/v1/progress?number=ZSB2026000123&code=[redacted]',
    );
    expect(loggableUrl('/api/v1/auth/h5/callback?code=Zx81_kq&state=s9dk2')).toBe(
      '/api/v1/auth/h5/callback?code=[redacted]&state=[redacted]',
    );
    expect(loggableUrl('/?ticket=Qk2n9&access_token=a&refreshToken=r&c%6Fde=1&SMS-CODE=2')).toBe(
      '/?ticket=[redacted]&access_token=[redacted]&refreshToken=[redacted]&code=[redacted]&SMS-CODE=[redacted]',
    );
    expect(loggableUrl(`/x?returnTo=${encodeURIComponent('/me?ticket=Qk2n9')}`)).toBe(
      '/x?returnTo=/me?ticket=[redacted]',
    );
  });
});

describe('secrets in a log line', () => {
  it('are known by name in any spelling, and ordinary names are not', () => {
    for (const name of [
      'code',
      'smsCode',
      'sms_code',
      'queryCode',
      'js_code',
      'ticket',
      'token',
      'accessToken',
      'refresh_token',
      'password',
      'client_secret',
      'session_key',
      'code_verifier',
      'state',
    ]) {
      expect(isSecretName(name)).toBe(true);
    }
    for (const name of ['matterCode', 'statusCode', 'number', 'q', 'errcode', 'id', 'tokenizer'.slice(0, 3)])
      expect(isSecretName(name)).toBe(false);
  });

  it('are replaced in JSON at any depth of escaping, error codes kept', () => {
    const line = JSON.stringify({
      code: 'UPLOAD_MALFORMED',
      err: { code: 'ECONNRESET' },
      smsCode: '123456',
      nested: { refresh_token: 'r-1', queryCode: 482913 },
      upstream: { body: JSON.stringify({ ticket: 't-1', inner: JSON.stringify({ password: 'p"w' }) }) },
    });
    const out = redactSecretsInText(line);
    expect(JSON.parse(out)).toEqual({
      code: 'UPLOAD_MALFORMED',
      err: { code: 'ECONNRESET' },
      smsCode: '[redacted]',
      nested: { refresh_token: '[redacted]', queryCode: '[redacted]' },
      upstream: { body: JSON.stringify({ ticket: '[redacted]', inner: JSON.stringify({ password: '[redacted]' }) }) },
    });
  });

  it('are replaced in a URL or form body inside a message, also percent-encoded', () => {
    expect(redactSecretsInText('GET /sns/jscode2session?appid=wx1&secret=s3cr3t&js_code=0a1B failed')).toBe(
      'GET /sns/jscode2session?appid=wx1&secret=[redacted]&js_code=[redacted] failed',
    );
    expect(redactSecretsInText('next=%2Fme%3Fticket%3DQk2n9%26x%3D1')).toBe('next=%2Fme%3Fticket%3D[redacted]%26x%3D1');
  });
});
