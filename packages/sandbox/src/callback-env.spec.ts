import { callbackFromEnv } from './callback-env';

describe('callbackFromEnv', () => {
  const P = 'SANDBOX_EVALUATION_CALLBACK';

  it('is off without a URL, and takes a URL with its secret', () => {
    expect(callbackFromEnv({}, P)).toBeNull();
    expect(callbackFromEnv({ [`${P}_URL`]: '', [`${P}_SECRET`]: 's' }, P)).toBeNull();
    expect(callbackFromEnv({ [`${P}_URL`]: 'http://127.0.0.1:3000/cb', [`${P}_SECRET`]: 's' }, P)).toEqual({
      url: 'http://127.0.0.1:3000/cb',
      secret: 's',
    });
  });

  it('refuses a URL without a secret, and a URL that is not http(s), naming the variables', () => {
    expect(() => callbackFromEnv({ [`${P}_URL`]: 'http://127.0.0.1:3000/cb' }, P)).toThrow(
      'SANDBOX_EVALUATION_CALLBACK_URL needs SANDBOX_EVALUATION_CALLBACK_SECRET',
    );
    expect(() => callbackFromEnv({ [`${P}_URL`]: 'ftp://x', [`${P}_SECRET`]: 's' }, P)).toThrow(`${P}_URL`);
    expect(() =>
      callbackFromEnv({ SANDBOX_APPROVAL_CALLBACK_URL: 'https://bff.example/cb' }, 'SANDBOX_APPROVAL_CALLBACK'),
    ).toThrow('SANDBOX_APPROVAL_CALLBACK_URL needs SANDBOX_APPROVAL_CALLBACK_SECRET');
  });
});
