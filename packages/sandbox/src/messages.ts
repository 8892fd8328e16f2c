import { randomBytes, randomInt } from 'node:crypto';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { SentMessage } from './approval-wire';
import { objectBody } from './reply';
import { isoShanghai } from './seed/catalog';
import type { WechatError } from './wire';

// Message channels: WeChat's access token and subscribe message (订阅消息), and Alipay's mini-program template
// message (served through the gateway in alipay.ts). Every message sent is kept for GET /__sandbox/messages.

export interface MessagesOptions {
  wechat: { appId: string; secret: string };
  clock: () => number;
}

/** An access_token lives two hours, as WeChat's does. */
export const WECHAT_TOKEN_TTL_S = 7200;
export const ALIPAY_TEMPLATE_MESSAGE = 'alipay.open.app.mini.templatemessage.send';
/** The sandbox keeps this many messages in all, newest first. */
export const MESSAGES_KEPT = 5000;

const rid = (): string =>
  `rid: ${randomBytes(4).toString('hex')}-${randomBytes(4).toString('hex')}-${randomBytes(4).toString('hex')}`;
const wxError = (errcode: number, what: string): WechatError => ({ errcode, errmsg: `${what}, ${rid()}` });

type Query = Record<string, string | string[] | undefined>;
type Params = Record<string, unknown>;

/** data of a subscribe message: { key: { value: string } }, as WeChat wants it. */
function templateData(raw: unknown): Record<string, { value: string }> | null {
  const data = objectBody(raw);
  if (!data || Object.keys(data).length === 0) return null;
  for (const v of Object.values(data)) {
    const entry = objectBody(v);
    if (!entry || typeof entry.value !== 'string') return null;
  }
  return data as Record<string, { value: string }>;
}

function parseJson(raw: unknown): unknown {
  if (typeof raw !== 'string') return null;
  try {
    return JSON.parse(raw) as unknown;
  } catch {
    return null;
  }
}

/** What the gateway answers for one method: the response object, under `<method with _>_response`. */
export type AlipayMethod = (params: Params) => Record<string, unknown>;

export interface Messages {
  /** Extra methods for the Alipay gateway. */
  alipayMethods: Record<string, AlipayMethod>;
}

export function registerMessages(app: FastifyInstance, options: MessagesOptions): Messages {
  const sent: SentMessage[] = [];
  const tokens = new Map<string, number>(); // token → expiry (ms)
  const record = (m: Omit<SentMessage, 'at'>): void => {
    sent.unshift({ ...m, at: isoShanghai(options.clock()) });
    if (sent.length > MESSAGES_KEPT) sent.length = MESSAGES_KEPT;
  };

  app.get('/cgi-bin/token', async (req: FastifyRequest<{ Querystring: Query }>) => {
    const param = (name: string): string => (typeof req.query[name] === 'string' ? (req.query[name] as string) : '');
    if (!param('appid')) return wxError(41002, 'appid missing');
    if (param('appid') !== options.wechat.appId) return wxError(40013, 'invalid appid');
    if (!param('secret')) return wxError(41004, 'appsecret missing');
    if (param('secret') !== options.wechat.secret) return wxError(40125, 'invalid appsecret');
    if (param('grant_type') !== 'client_credential') return wxError(40002, 'invalid grant_type');
    const now = options.clock();
    for (const [t, expiry] of tokens) if (expiry <= now) tokens.delete(t);
    const token = `sbx_${randomBytes(48).toString('base64url')}`;
    tokens.set(token, now + WECHAT_TOKEN_TTL_S * 1000);
    return { access_token: token, expires_in: WECHAT_TOKEN_TTL_S };
  });

  app.post('/cgi-bin/message/subscribe/send', async (req: FastifyRequest<{ Querystring: Query }>) => {
    const token = req.query.access_token;
    const expiry = typeof token === 'string' ? tokens.get(token) : undefined;
    if (expiry === undefined) return wxError(40001, 'invalid credential, access_token is invalid or not latest');
    if (expiry <= options.clock()) return wxError(42001, 'access_token expired');
    const body = objectBody(req.body);
    if (!body) return wxError(47001, 'data format error');
    if (typeof body.touser !== 'string' || !/^[A-Za-z0-9_-]{1,64}$/.test(body.touser))
      return wxError(40003, 'invalid openid');
    if (typeof body.template_id !== 'string' || body.template_id === '') return wxError(40037, 'invalid template_id');
    if (body.page !== undefined && typeof body.page !== 'string') return wxError(47001, 'data format error');
    const data = templateData(body.data);
    if (!data) return wxError(47003, 'argument invalid! data.value invalid');
    record({
      channel: 'wechat',
      to: body.touser,
      template_id: body.template_id,
      page: (body.page as string | undefined) ?? null,
      data,
    });
    // WeChat's msgid is a 64-bit number; this one stays inside JavaScript's safe integers.
    return { errcode: 0, errmsg: 'ok', msgid: 1e15 + randomInt(2 ** 47) };
  });

  app.get('/__sandbox/messages', async (req: FastifyRequest<{ Querystring: Query }>) => {
    const to = req.query.to;
    return { messages: typeof to === 'string' && to !== '' ? sent.filter((m) => m.to === to) : sent.slice() };
  });

  const alipayTemplateMessage: AlipayMethod = (params) => {
    const invalid = (sub_msg: string): Record<string, unknown> => ({
      code: '40002',
      msg: 'Invalid Arguments',
      sub_code: 'isv.invalid-parameter',
      sub_msg,
    });
    const biz = objectBody(parseJson(params.biz_content));
    if (!biz) return invalid('biz_content必须是JSON对象');
    const to =
      typeof biz.to_user_id === 'string' && biz.to_user_id !== ''
        ? biz.to_user_id
        : typeof biz.to_open_id === 'string'
          ? biz.to_open_id
          : '';
    if (!to) return invalid('to_user_id不能为空');
    if (typeof biz.user_template_id !== 'string' || biz.user_template_id === '')
      return invalid('user_template_id不能为空');
    if (biz.page !== undefined && typeof biz.page !== 'string') return invalid('page必须是字符串');
    // Alipay's SDKs send data as a JSON string inside biz_content; an object is taken too.
    const data = templateData(typeof biz.data === 'string' ? parseJson(biz.data) : biz.data);
    if (!data) return invalid('data格式不正确');
    record({
      channel: 'alipay',
      to,
      template_id: biz.user_template_id,
      page: (biz.page as string | undefined) ?? null,
      data,
    });
    return { code: '10000', msg: 'Success' };
  };

  return { alipayMethods: { [ALIPAY_TEMPLATE_MESSAGE]: alipayTemplateMessage } };
}
