import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fastifyCompress from '@fastify/compress';
import fastifyHelmet, { type FastifyHelmetOptions } from '@fastify/helmet';
import Fastify, { type FastifyInstance } from 'fastify';
import type { AppConfigShape } from '../config/config.schema';
import { COMPRESS_THRESHOLD } from './compression';

/**
 * The Content-Security-Policy of everything the BFF serves: the H5 app, its API and the OpenAPI page. Checked in
 * Chromium against the H5 build (every flow of `npm run test:e2e`, whose console check fails on a violation) and
 * /api/docs. No 'unsafe-eval': neither Taro's runtime nor swagger-ui needs it.
 */
export function contentSecurityPolicy(config: Pick<AppConfigShape, 'profile' | 'h5Dir'>): Record<string, string[]> {
  return {
    defaultSrc: ["'self'"],
    // Taro's H5 index.html carries one inline script (it sets the root font size before the app loads): allowed
    // by its hash, read from the build being served, so no other inline script can run. Taro's tab bar items are
    // <a href="javascript:;"> (the click is handled in JS): that exact no-op URL is allowed by its hash, which
    // Chromium applies to javascript: URLs only with 'unsafe-hashes'.
    scriptSrc: ["'self'", ...inlineScriptHashes(config.h5Dir), "'unsafe-hashes'", sha256Source('javascript:;')],
    // Taro's H5 components and swagger-ui insert <style> elements at run time, and the app sets style attributes
    // (the 长辈模式 sizes): they need 'unsafe-inline'. Styles cannot run code; scripts stay strict.
    styleSrc: ["'self'", "'unsafe-inline'"],
    // QR codes (亮证码, check-in) are drawn to data: URLs; a preview of the resident's own upload is a blob: URL
    // (the file is fetched with the bearer token); swagger-ui's icons are data: SVGs.
    imgSrc: ["'self'", 'data:', 'blob:'],
    fontSrc: ["'self'", 'data:'],
    connectSrc: ["'self'"],
    objectSrc: ["'none'"],
    baseUri: ["'self'"],
    formAction: ["'self'"],
    // 亮证 and consent pages must never be shown inside someone else's frame (clickjacking a consent).
    frameAncestors: ["'none'"],
    // Only behind HTTPS: on a development http:// origin it would break every asset.
    ...(config.profile === 'production' ? { upgradeInsecureRequests: [] } : {}),
  };
}

/** sha256 sources of the inline <script> elements of the built H5 index.html (none without a build). */
export function inlineScriptHashes(h5Dir: string | null): string[] {
  const index = h5Dir ? join(h5Dir, 'index.html') : null;
  if (!index || !existsSync(index)) return [];
  const html = readFileSync(index, 'utf8');
  return [...html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/gi)].map((m) => sha256Source(m[1]));
}

const sha256Source = (text: string): string => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;

/**
 * Security headers (helmet's) and compression on every response. Register before the routes exist (compression is
 * set up per route) and before any onRequest hook that answers early (the catalog response cache), so its
 * answers carry the headers too.
 */
export async function registerHttpHardening(fastify: FastifyInstance, config: Readonly<AppConfigShape>): Promise<void> {
  const headers = await helmetHeaders({
    contentSecurityPolicy: { useDefaults: false, directives: contentSecurityPolicy(config) },
    frameguard: { action: 'deny' },
    referrerPolicy: { policy: 'no-referrer' },
    // HSTS only where the BFF is reached over HTTPS; on a development http:// origin a browser would remember it.
    hsts: config.profile === 'production' ? { maxAge: 31_536_000, includeSubDomains: true } : false,
  });
  fastify.addHook('onRequest', (_request, reply, done) => {
    void reply.headers(headers);
    done();
  });
  await fastify.register(fastifyCompress, {
    threshold: COMPRESS_THRESHOLD,
    encodings: ['br', 'gzip'],
    // JSON answers, and the H5 app's HTML, CSS and JavaScript (images and PDFs are compressed already).
    customTypes: /^(application\/(json|javascript)|text\/(html|css|javascript|plain))(;|$)/,
    // Request bodies are small JSON: nothing to inflate (and no compressed body to expand past its limit).
    globalDecompression: false,
  });
}

// Headers of the probe's answer that are not helmet's.
const NOT_HELMET = new Set(['content-type', 'content-length', 'date', 'connection', 'keep-alive']);

/**
 * The headers @fastify/helmet sets with these options. They do not depend on the request, but the plugin rebuilds
 * helmet on every request in an async hook: on a cached guide that halved the BFF's throughput (7,700 → 4,000
 * req/s, autocannon, dev VM). So the plugin answers one request of a probe instance at boot, and its headers are
 * set on every answer from one synchronous hook.
 */
export async function helmetHeaders(options: FastifyHelmetOptions): Promise<Record<string, string>> {
  const probe = Fastify();
  try {
    await probe.register(fastifyHelmet, options);
    probe.get('/', () => '');
    const res = await probe.inject({ url: '/' });
    return Object.fromEntries(
      Object.entries(res.headers).filter(([name, value]) => !NOT_HELMET.has(name) && typeof value === 'string') as [
        string,
        string,
      ][],
    );
  } finally {
    await probe.close();
  }
}
