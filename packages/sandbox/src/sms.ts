import { randomBytes } from 'node:crypto';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { fail, objectBody, ok } from './reply';
import { isoShanghai } from './seed/catalog';
import type { SmsMessage } from './wire';

const PHONE = /^1[3-9]\d{9}$/;
const TEMPLATE = /^[A-Z_]{3,40}$/;
const PARAM_KEY = /^[A-Za-z_][A-Za-z0-9_]{0,31}$/;
const MAX_PARAMS = 20;
const MAX_PARAM_CHARS = 200;
/** The outbox keeps this many messages per phone. */
export const OUTBOX_PER_PHONE = 100;

// Templates the gateway knows by name: the parameters each needs and the text the phone shows. Any other
// well-formed template name is accepted and rendered generically.
const TEMPLATES: Record<string, { params: Record<string, RegExp>; text: (p: Record<string, string>) => string }> = {
  REALNAME_VERIFY: {
    params: { code: /^\d{4,8}$/ },
    text: (p) => `【掌上办】您的实名认证验证码为${p.code}，5分钟内有效。如非本人操作，请忽略。`,
  },
  // To the phone already on file when a new sign-in asks to join that resident: the holder must know who asks.
  ACCOUNT_LINK_VERIFY: {
    params: { code: /^\d{4,8}$/ },
    text: (p) =>
      `【掌上办】有人正在用您的身份信息在新的登录方式上认证，验证码为${p.code}，5分钟内有效。如非本人操作，请勿把验证码告诉任何人（工作人员不会向您索要）。`,
  },
  // To a principal agreeing to a 委托: who will act, for what; the code is what they agree with.
  MANDATE_GRANT_VERIFY: {
    params: { code: /^\d{4,8}$/, helper: /^.{1,20}$/, scope: /^.{1,40}$/ },
    text: (p) =>
      `【掌上办】${p.helper}申请代您办理${p.scope}，验证码${p.code}，5分钟内有效。您同意才把验证码告诉对方；不同意请忽略。工作人员不会向您索要验证码。`,
  },
  // After a 委托 is granted: it is in force, until when, and how to end it.
  MANDATE_GRANTED: {
    params: { helper: /^.{1,20}$/, scope: /^.{1,40}$/, until: /^\d{4}-\d{2}-\d{2}$/ },
    text: (p) =>
      `【掌上办】您已委托${p.helper}代办${p.scope}，到${p.until}为止。可在掌上办“我的-委托代办”随时撤销，也可到便民服务中心或拨打12345。`,
  },
  // A step of an application, to someone without the app (a helper applied for them under a 委托).
  APPLICATION_STATUS: {
    params: { matter: /^.{1,20}$/, status: /^.{1,10}$/ },
    text: (p) =>
      `【掌上办】您的“${p.matter}”办理进度：${p.status}。详情请问您的代办人，或拨打12345、到便民服务中心查询。`,
  },
  // 交付: the principal gives this code to the helper once the result is in their hands.
  HANDOVER_VERIFY: {
    params: { code: /^\d{4,8}$/, helper: /^.{1,20}$/, matter: /^.{1,20}$/ },
    text: (p) =>
      `【掌上办】代办人${p.helper}要把您“${p.matter}”的办理结果交给您。收到后再把验证码${p.code}告诉对方；没收到请勿告知。`,
  },
  // To the old number after the stored phone changed.
  PHONE_CHANGED: {
    params: { phone: /^1\d{2}\*{4}\d{4}$/, how: /^.{1,20}$/ },
    text: (p) =>
      `【掌上办】您的实名手机号已${p.how}更换为${p.phone}。如非本人操作，请带身份证到就近的便民服务中心处理，或拨打12345。`,
  },
};

function render(template: string, params: Record<string, string>): string {
  const known = TEMPLATES[template];
  if (known) return known.text(params);
  const values = Object.entries(params).map(([k, v]) => `${k}=${v}`);
  return `【掌上办】${template}${values.length ? `：${values.join('，')}` : ''}`;
}

function parseParams(raw: unknown): Record<string, string> | string {
  const params = objectBody(raw);
  if (!params) return 'params must be an object of strings';
  const entries = Object.entries(params);
  if (entries.length > MAX_PARAMS) return `params may have at most ${MAX_PARAMS} entries`;
  for (const [k, v] of entries) {
    if (!PARAM_KEY.test(k)) return `params key ${JSON.stringify(k.slice(0, 32))} is not a valid name`;
    if (typeof v !== 'string' || v.length > MAX_PARAM_CHARS)
      return `params.${k} must be a string of at most ${MAX_PARAM_CHARS} characters`;
  }
  return params as Record<string, string>;
}

/** The provincial SMS gateway, with an in-memory outbox and its back door GET /__sandbox/sms. */
export function registerSms(app: FastifyInstance, clock: () => number): void {
  // newest first
  const outbox = new Map<string, SmsMessage[]>();

  app.post('/sms/v1/send', async (req, reply) => {
    const body = objectBody(req.body);
    if (!body) return fail(reply, 400, 'body must be a JSON object with phone, template and params');
    const { phone, template } = body;
    // the messages name the field, never echo the number
    if (typeof phone !== 'string' || !PHONE.test(phone))
      return fail(reply, 400, 'phone must be a mainland mobile number (11 digits, 1[3-9]…)');
    if (typeof template !== 'string' || !TEMPLATE.test(template))
      return fail(reply, 400, 'template must be 3 to 40 characters of A-Z and _');
    const params = parseParams(body.params);
    if (typeof params === 'string') return fail(reply, 400, params);
    for (const [key, pattern] of Object.entries(TEMPLATES[template]?.params ?? {})) {
      if (!pattern.test(params[key] ?? ''))
        return fail(reply, 400, `params.${key} is missing or malformed for template ${template}`);
    }
    const message: SmsMessage = {
      message_id: `SMS${randomBytes(10).toString('hex').toUpperCase()}`,
      phone,
      template,
      params,
      text: render(template, params),
      sent_at: isoShanghai(clock()),
    };
    outbox.set(phone, [message, ...(outbox.get(phone) ?? [])].slice(0, OUTBOX_PER_PHONE));
    return ok({ message_id: message.message_id });
  });

  app.get('/__sandbox/sms', async (req: FastifyRequest<{ Querystring: { phone?: unknown } }>, reply) => {
    const { phone } = req.query;
    if (typeof phone !== 'string' || !PHONE.test(phone))
      return fail(reply, 400, 'phone must be a mainland mobile number');
    return { messages: outbox.get(phone) ?? [] };
  });
}
