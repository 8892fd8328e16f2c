import fc from 'fast-check';

// Requests generated from the BFF's own OpenAPI document (GET /api/docs-json), so a new route is fuzzed the day it
// is added. Each generated request is mostly wrong on purpose: wrong types, unknown or repeated parameters,
// hostile path segments, bodies that are not objects, nested thousands deep or far too large.

export interface JsonSchema {
  type?: string;
  $ref?: string;
  properties?: Record<string, JsonSchema>;
  items?: JsonSchema;
  enum?: unknown[];
  example?: unknown;
  minimum?: number;
  maximum?: number;
  maxLength?: number;
  required?: string[];
}

interface Parameter {
  name: string;
  in: 'path' | 'query' | 'header';
  schema?: JsonSchema;
  example?: unknown;
}

export interface ApiDocument {
  paths: Record<
    string,
    Record<string, { parameters?: Parameter[]; requestBody?: { content: Record<string, { schema?: JsonSchema }> } }>
  >;
  components?: { schemas?: Record<string, JsonSchema> };
}

export interface Operation {
  /** "POST /api/v1/bookings": how the operation is named in the document (and in the report). */
  key: string;
  method: string;
  path: string;
  pathParams: Parameter[];
  query: Parameter[];
  /** The JSON body schema (refs resolved), 'multipart', or null when the document declares no body. */
  body: JsonSchema | 'multipart' | null;
}

export interface FuzzRequest {
  method: string;
  path: string;
  headers: Record<string, string>;
  body?: string | Buffer;
  /** A short description for a failure report. */
  describe: string;
}

export function operationsOf(doc: ApiDocument): Operation[] {
  const resolve = (s: JsonSchema | undefined, depth = 0): JsonSchema | undefined => {
    if (!s || depth > 5) return s;
    const own = s.$ref ? doc.components?.schemas?.[s.$ref.split('/').pop() ?? ''] : s;
    if (!own) return undefined;
    const properties =
      own.properties &&
      Object.fromEntries(Object.entries(own.properties).map(([k, v]) => [k, resolve(v, depth + 1) ?? {}]));
    return { ...own, properties, items: resolve(own.items, depth + 1) };
  };
  return Object.entries(doc.paths).flatMap(([path, methods]) =>
    Object.entries(methods).map(([method, op]) => {
      const params = op.parameters ?? [];
      const content = op.requestBody?.content ?? {};
      const body = content['multipart/form-data']
        ? 'multipart'
        : content['application/json']
          ? (resolve(content['application/json'].schema) ?? {})
          : null;
      return {
        key: `${method.toUpperCase()} ${path}`,
        method: method.toUpperCase(),
        path,
        pathParams: params.filter((p) => p.in === 'path'),
        query: params.filter((p) => p.in === 'query'),
        body,
      };
    }),
  );
}

// ---------------------------------------------------------------------------------------------------------------
// Values

const huge = fc.integer({ min: 2_000, max: 60_000 }).map((n) => '长'.repeat(n));
const printable = fc.string({
  unit: fc.integer({ min: 0x20, max: 0x7e }).map((c) => String.fromCharCode(c)),
  maxLength: 300,
});
const unicode = fc.string({ unit: 'grapheme', maxLength: 60 });
const weirdText = fc.constantFrom(
  '',
  ' ',
  '\u0000',
  '\u202e',
  '𠀀',
  '<script>alert(1)</script>',
  '../../etc/passwd',
  '${7*7}',
  "' OR 1=1 --",
  'NaN',
  '-1',
  '1e309',
  '0x10',
  '[]',
  '{}',
  'true',
  'null',
  '__proto__',
  '%00',
);

/** Any JSON value, with a bias to what breaks validators. */
const anyJson: fc.Arbitrary<unknown> = fc.oneof(
  fc.jsonValue({ maxDepth: 3 }),
  weirdText,
  fc.integer(),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.constantFrom(null, true, false, 0, -1, Number.MAX_SAFE_INTEGER, 1e21),
);

/** A value for a schema: plausible (its example, an enum member, in range) or of a wrong type. */
function valueFor(schema: JsonSchema | undefined, known: fc.Arbitrary<string>, depth = 0): fc.Arbitrary<unknown> {
  const plausible: fc.Arbitrary<unknown>[] = [];
  if (schema?.example !== undefined) plausible.push(fc.constant(schema.example));
  if (schema?.enum?.length) plausible.push(fc.constantFrom(...schema.enum));
  switch (schema?.type) {
    case 'string':
      plausible.push(known, known, unicode, fc.string({ maxLength: (schema.maxLength ?? 40) + 5 }));
      break;
    case 'number':
    case 'integer':
      plausible.push(fc.integer({ min: (schema.minimum ?? 0) - 2, max: (schema.maximum ?? 100) + 2 }));
      break;
    case 'boolean':
      plausible.push(fc.boolean());
      break;
    case 'array':
      plausible.push(fc.array(depth < 3 ? valueFor(schema.items, known, depth + 1) : anyJson, { maxLength: 25 }));
      break;
    case 'object':
      plausible.push(
        depth < 3 && schema.properties
          ? objectFor(schema, known, depth + 1)
          : fc.dictionary(fc.oneof(known, fc.string({ maxLength: 12 })), fc.oneof(known, anyJson), { maxKeys: 8 }),
      );
      break;
  }
  // Mostly plausible, so that a good share of requests gets past validation into the rules behind it.
  return fc.oneof(
    { weight: 8, arbitrary: plausible.length ? fc.oneof(...plausible) : anyJson },
    { weight: 3, arbitrary: anyJson },
    { weight: 1, arbitrary: huge },
  );
}

/** An object shaped by the schema: each known field present or not, plausible or wrong, and sometimes an unknown one. */
function objectFor(
  schema: JsonSchema,
  knownValues: fc.Arbitrary<string>,
  depth = 0,
): fc.Arbitrary<Record<string, unknown>> {
  const fields = Object.entries(schema.properties ?? {});
  const known = fc.record(Object.fromEntries(fields.map(([k, s]) => [k, valueFor(s, knownValues, depth)])), {
    requiredKeys: [],
  });
  const unknown = fc.dictionary(
    fc.oneof(
      fc.string({ minLength: 1, maxLength: 20 }),
      fc.constantFrom('__proto__', 'constructor', 'prototype', 'toString'),
    ),
    anyJson,
    { maxKeys: 4 },
  );
  const generated = fc.tuple(known, sometimes(unknown)).map(([k, u]) => (u ? { ...u, ...k } : k));
  // The document's own example with one field changed: close enough to valid to reach the rules behind validation.
  const examples = Object.fromEntries(
    fields.filter(([, f]) => f.example !== undefined).map(([k, f]) => [k, f.example]),
  );
  if (!fields.length || !Object.keys(examples).length) return generated;
  const mutant = fc
    .tuple(fc.constantFrom(...fields), fc.boolean())
    .chain(([[k, f], drop]) =>
      drop ? fc.constant(omit(examples, k)) : valueFor(f, knownValues, depth).map((v) => ({ ...examples, [k]: v })),
    );
  return fc.oneof(
    { weight: 3, arbitrary: generated },
    { weight: 2, arbitrary: mutant },
    { weight: 1, arbitrary: fc.constant(examples) },
  );
}

const omit = (o: Record<string, unknown>, key: string): Record<string, unknown> =>
  Object.fromEntries(Object.entries(o).filter(([k]) => k !== key));

/** The value in about one case of four, otherwise null. */
const sometimes = <T>(arb: fc.Arbitrary<T>): fc.Arbitrary<T | null> =>
  fc.oneof({ weight: 3, arbitrary: fc.constant(null) }, { weight: 1, arbitrary: arb });

const deeplyNested = fc
  .tuple(fc.integer({ min: 30, max: 5_000 }), fc.boolean())
  .map(([n, arrays]) => (arrays ? `${'['.repeat(n)}${']'.repeat(n)}` : `${'{"a":'.repeat(n)}1${'}'.repeat(n)}`));

/** The text of a JSON body for an operation (or something that only looks like one). */
function jsonBodyFor(schema: JsonSchema | null, known: fc.Arbitrary<string>): fc.Arbitrary<string> {
  return fc.oneof(
    { weight: 6, arbitrary: objectFor(schema ?? {}, known).map((o) => JSON.stringify(o)) },
    { weight: 2, arbitrary: fc.jsonValue({ maxDepth: 4 }).map((v) => JSON.stringify(v)) },
    { weight: 1, arbitrary: fc.array(anyJson, { maxLength: 2_000 }).map((v) => JSON.stringify(v)) },
    { weight: 1, arbitrary: deeplyNested },
    { weight: 1, arbitrary: huge.map((s) => JSON.stringify({ value: s })) },
    {
      weight: 1,
      arbitrary: fc.constantFrom(
        '',
        '{',
        '{"a":}',
        '[1,2',
        'nul',
        '"unterminated',
        '{"a":1}garbage',
        '\ufeff{}',
        '{"__proto__":{"x":1}}',
        '{"constructor":{"prototype":{"x":1}}}',
      ),
    },
  );
}

function multipartBody(): fc.Arbitrary<{ body: Buffer; contentType: string }> {
  return fc
    .tuple(fc.uint8Array({ maxLength: 3_000 }), fc.string({ maxLength: 40 }), fc.constantFrom('file', 'files', '', 'x'))
    .map(([bytes, name, field]) => {
      const boundary = 'zsbfuzz0123456789';
      const head = `--${boundary}\r\nContent-Disposition: form-data; name="${field}"; filename="${name.replace(/["\r\n]/g, '')}"\r\nContent-Type: image/png\r\n\r\n`;
      return {
        body: Buffer.concat([Buffer.from(head), Buffer.from(bytes), Buffer.from(`\r\n--${boundary}--\r\n`)]),
        contentType: `multipart/form-data; boundary=${boundary}`,
      };
    });
}

// ---------------------------------------------------------------------------------------------------------------
// URLs

// Mostly JSON, as the apps send; sometimes what a form post, a careless client or no client header would say.
const contentType = fc.oneof(
  { weight: 8, arbitrary: fc.constantFrom('application/json', 'application/json; charset=utf-8') },
  {
    weight: 1,
    arbitrary: fc.constantFrom(
      'text/plain',
      'application/x-www-form-urlencoded',
      'application/json; charset=latin1',
      'application/vnd.api+json',
      undefined,
    ),
  },
);

const badEscapes = fc.constantFrom(
  '%FF',
  '%00',
  '%',
  '%%',
  '%zz',
  '%C0%AF',
  '%E4%B8',
  '%u0041',
  '%2e%2e%2f%2e%2e%2fetc',
  '..',
  '%2F',
  '%0d%0aX-Injected:%201',
  '%E2%80%AE',
);

function pathSegment(param: Parameter): fc.Arbitrary<string> {
  const example = param.example ?? param.schema?.example;
  return fc.oneof(
    { weight: 3, arbitrary: fc.constant(String(example ?? 'Abcdefgh12345678abcdef')) },
    { weight: 3, arbitrary: unicode.filter((s) => s.length > 0).map(encodeURIComponent) },
    { weight: 2, arbitrary: badEscapes },
    { weight: 1, arbitrary: fc.integer({ min: 150, max: 20_000 }).map((n) => 'a'.repeat(n)) },
    { weight: 1, arbitrary: weirdText.filter((s) => s.length > 0).map(encodeURIComponent) },
  );
}

function queryString(params: Parameter[], known: fc.Arbitrary<string>): fc.Arbitrary<string> {
  const names = params.map((p) => p.name);
  const name = fc.oneof(
    { weight: 4, arbitrary: names.length ? fc.constantFrom(...names) : fc.constant('q') },
    { weight: 1, arbitrary: fc.constantFrom('__proto__', 'constructor', 'toString', 'x', '', 'a[b]', 'q[]') },
    { weight: 1, arbitrary: unicode },
  );
  const value = fc.oneof(
    {
      weight: 3,
      arbitrary: fc.oneof(
        ...params.map((p) =>
          valueFor(p.schema, known).map((v) => (typeof v === 'string' ? v : (JSON.stringify(v) ?? ''))),
        ),
        fc.constant(''),
      ),
    },
    { weight: 2, arbitrary: unicode },
    { weight: 1, arbitrary: weirdText },
    { weight: 1, arbitrary: fc.integer({ min: 100, max: 20_000 }).map((n) => 'x'.repeat(n)) },
  );
  const pair = fc
    .tuple(name, value, fc.boolean())
    .map(([k, v, raw]) => `${encodeURIComponent(k)}=${raw ? v.replace(/[#&\s]/g, '') : encodeURIComponent(v)}`);
  return fc.oneof(
    fc.array(pair, { maxLength: 6 }).map((pairs) => pairs.join('&')),
    // The same parameter repeated: the BFF must not take an array where it expects one value.
    fc
      .tuple(name, fc.integer({ min: 2, max: 30 }))
      .map(([k, n]) => Array.from({ length: n }, (_, i) => `${encodeURIComponent(k)}=${i}`).join('&')),
    badEscapes.map((e) => `${names[0] ?? 'q'}=${e}`),
  );
}

// ---------------------------------------------------------------------------------------------------------------
// Requests

export interface FuzzContext {
  /** A verified (实名) resident's access token. */
  token: string;
  /** Another one, for operations that end the session they are called with (logout). */
  expendableToken: string;
  /** Ids and codes the running BFF answered with (matter codes, center ids, the resident's licence ids …): with
   * them a generated request gets past "not found" into the rules behind it. */
  known: string[];
}

/** Id- and code-like strings in a JSON answer, for FuzzContext.known. */
export function knownValuesIn(answer: unknown, into = new Set<string>()): Set<string> {
  if (typeof answer === 'string' && /^[A-Za-z0-9_.:+-]{2,64}$/.test(answer)) into.add(answer);
  else if (Array.isArray(answer)) for (const v of answer.slice(0, 50)) knownValuesIn(v, into);
  else if (answer && typeof answer === 'object') for (const v of Object.values(answer)) knownValuesIn(v, into);
  return into;
}

export function requestFor(op: Operation, context: FuzzContext): fc.Arbitrary<FuzzRequest> {
  const known = context.known.length ? fc.constantFrom(...context.known) : fc.constant('x');
  const ends = /logout$/.test(op.path);
  const authorization = fc.oneof(
    { weight: 5, arbitrary: fc.constant(`Bearer ${ends ? context.expendableToken : context.token}`) },
    { weight: 2, arbitrary: fc.constant(undefined) },
    { weight: 1, arbitrary: printable.map((t) => `Bearer ${t}`) },
  );
  const idempotencyKey = sometimes(fc.oneof(fc.uuid(), printable));
  const segments = op.pathParams.map((p) =>
    fc
      .oneof({ weight: 2, arbitrary: known }, { weight: 3, arbitrary: pathSegment(p) })
      .map((v) => [p.name, v] as const),
  );
  const path = fc.tuple(...segments).map((pairs) => pairs.reduce((p, [name, v]) => p.replace(`{${name}}`, v), op.path));
  const takesBody = op.method !== 'GET' && op.method !== 'HEAD';
  const body: fc.Arbitrary<{ body?: string | Buffer; contentType?: string }> = !takesBody
    ? fc.constant({})
    : op.body === 'multipart'
      ? fc.oneof(
          multipartBody(),
          jsonBodyFor(null, known).map((b) => ({ body: b, contentType: 'application/json' })),
        )
      : fc.tuple(jsonBodyFor(op.body, known), contentType).map(([b, type]) => ({ body: b, contentType: type }));
  const query = fc.oneof(
    { weight: 1, arbitrary: fc.constant('') },
    { weight: 2, arbitrary: queryString(op.query, known) },
  );
  return fc
    .record({ path, query, authorization, idempotencyKey, body })
    .map(({ path: p, query, authorization: auth, idempotencyKey: key, body: b }) => {
      const headers: Record<string, string> = {};
      if (auth) headers.authorization = auth;
      if (key !== null) headers['idempotency-key'] = key;
      if (b.contentType) headers['content-type'] = b.contentType;
      const url = query ? `${p}?${query}` : p;
      const size = b.body ? ` body ${Buffer.byteLength(b.body)} B: ${String(b.body).slice(0, 80)}` : '';
      return {
        method: op.method,
        path: url,
        headers,
        body: b.body,
        describe: `${op.method} ${url.slice(0, 160)}${url.length > 160 ? `… (${url.length})` : ''}${size}`,
      };
    });
}
