import { createSign, createVerify, generateKeyPairSync } from 'node:crypto';
import { gatewayForm, verifiedAnswer } from './alipay-gateway';

const pair = () =>
  generateKeyPairSync('rsa', {
    modulusLength: 2048,
    publicKeyEncoding: { type: 'spki', format: 'pem' },
    privateKeyEncoding: { type: 'pkcs8', format: 'pem' },
  });
const app = pair();
const alipay = pair();
const METHOD = 'alipay.system.oauth.token';

/** An answer as the gateway writes it: the sign over the exact text of the response object. */
function answer(key: string, body: string, signer = alipay.privateKey): string {
  return `{"${key}":${body},"sign":"${createSign('RSA-SHA256').update(body, 'utf8').sign(signer, 'base64')}"}`;
}

describe('Alipay gateway calls', () => {
  it('sign the sorted parameters (sign itself and empty values left out) with the app key', () => {
    const form = new URLSearchParams(
      gatewayForm(
        { appId: '2021000000000001', privateKeyPem: app.privateKey, publicKeyPem: alipay.publicKey },
        METHOD,
        { code: 'abc', grant_type: 'authorization_code', scope: '' },
        new Date('2026-12-02T12:00:00+08:00'),
      ),
    );
    const params = Object.fromEntries(form);
    expect(params.timestamp).toBe('2026-12-02 12:00:00');
    const content =
      'app_id=2021000000000001&charset=utf-8&code=abc&grant_type=authorization_code&method=alipay.system.oauth.token&sign_type=RSA2&timestamp=2026-12-02 12:00:00&version=1.0';
    expect(createVerify('RSA-SHA256').update(content, 'utf8').verify(app.publicKey, params.sign, 'base64')).toBe(true);
  });

  it('take an answer whose sign holds over the bytes received', () => {
    const body = '{"user_id":"2088000000000001","open_id":"0abc","access_token":"authusrB1"}';
    expect(verifiedAnswer(answer('alipay_system_oauth_token_response', body), METHOD, alipay.publicKey)).toEqual({
      ok: { user_id: '2088000000000001', open_id: '0abc', access_token: 'authusrB1' },
    });
  });

  it('refuse a success that was changed, signed by another key, or not signed at all', () => {
    const body = '{"user_id":"2088000000000001"}';
    const tampered = answer('alipay_system_oauth_token_response', body).replace('2088000000000001', '2088000000000002');
    expect(() => verifiedAnswer(tampered, METHOD, alipay.publicKey)).toThrow(
      expect.objectContaining({ internalDetail: expect.stringMatching(/sign does not hold/) }),
    );
    expect(() =>
      verifiedAnswer(answer('alipay_system_oauth_token_response', body, app.privateKey), METHOD, alipay.publicKey),
    ).toThrow(expect.objectContaining({ internalDetail: expect.stringMatching(/sign does not hold/) }));
    expect(() => verifiedAnswer(`{"alipay_system_oauth_token_response":${body}}`, METHOD, alipay.publicKey)).toThrow(
      expect.objectContaining({ internalDetail: expect.stringMatching(/sign does not hold/) }),
    );
  });

  it('take an error as an error, signed or not, but not one whose sign is wrong', () => {
    const body = '{"code":"40002","msg":"Invalid Arguments","sub_code":"isv.code-invalid","sub_msg":"授权码code无效"}';
    expect(verifiedAnswer(answer('error_response', body), METHOD, alipay.publicKey)).toEqual({
      error: expect.objectContaining({ sub_code: 'isv.code-invalid' }),
    });
    expect(verifiedAnswer(`{"error_response":${body}}`, METHOD, alipay.publicKey)).toEqual({
      error: expect.objectContaining({ code: '40002' }),
    });
    expect(() => verifiedAnswer(answer('error_response', body, app.privateKey), METHOD, alipay.publicKey)).toThrow(
      expect.objectContaining({ internalDetail: expect.stringMatching(/sign does not hold/) }),
    );
  });

  it('refuse what is not a gateway answer for this method', () => {
    for (const text of ['', 'null', '{"code":"200"}', answer('alipay_trade_pay_response', '{}'), '<html>502</html>']) {
      expect(() => verifiedAnswer(text, METHOD, alipay.publicKey)).toThrow(
        expect.objectContaining({ internalDetail: expect.stringMatching(/not a gateway answer/) }),
      );
    }
  });
});
