import 'reflect-metadata';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import fastifyCookie from '@fastify/cookie';
import fastifyMultipart from '@fastify/multipart';
import fastifyStatic from '@fastify/static';
import { NestFactory } from '@nestjs/core';
import { CatalogResponseCache } from './catalog/catalog-response-cache';
import { FastifyAdapter, type NestFastifyApplication } from '@nestjs/platform-fastify';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import { AppModule } from './app.module';
import { ErrorFilter } from './common/error.filter';
import { answerClientError, answerFrameworkError } from './common/framework-errors';
import { registerHttpHardening } from './common/http-hardening';
import { notModified } from './common/json-body';
import { createRootLogger, PinoNestLogger, RequestLogController, requestIdOf } from './common/logging';
import { DEFAULT_BODY_LIMIT, installBodyRules, jsonBodyParser } from './common/request-body';
import { createValidationPipe } from './common/validation';
import type { AppConfigShape } from './config/config.schema';

/** Builds the whole BFF (not yet listening). main.ts and the integration tests both start it this way. */
export async function createApp(config: Readonly<AppConfigShape>): Promise<NestFastifyApplication> {
  const logger = createRootLogger(config);
  const adapter = new FastifyAdapter({
    loggerInstance: logger,
    logController: new RequestLogController(),
    genReqId: requestIdOf,
    // Per route: small by default, more where a route says so (see common/request-body.ts).
    bodyLimit: DEFAULT_BODY_LIMIT,
    // A longer path parameter is refused (414) before routing; no id or code of this API comes near it.
    routerOptions: { maxParamLength: 200 },
    frameworkErrors: answerFrameworkError,
    clientErrorHandler: answerClientError,
    // X-Forwarded-For is believed only from the configured proxies; otherwise the address is the socket's, so a
    // client cannot pick the address its rate limits are counted against.
    trustProxy: config.trustedProxies.length > 0 ? [...config.trustedProxies] : false,
    // Keep-alive longer than a typical load balancer's idle timeout, so the balancer closes first.
    keepAliveTimeout: 65_000,
  });
  const app = await NestFactory.create<NestFastifyApplication>(AppModule.forRoot(config), adapter, {
    bufferLogs: true,
    // Keeps each JSON body's bytes on request.rawBody: the approval platform signs the exact bytes it sends.
    rawBody: true,
    // The API takes JSON (and multipart uploads) only: no urlencoded parser, and JSON through ours below.
    bodyParser: false,
  });
  app.useLogger(new PinoNestLogger(logger));
  app.useGlobalPipes(createValidationPipe());
  app.useGlobalFilters(new ErrorFilter());
  app.enableShutdownHooks();
  const fastify = app.getHttpAdapter().getInstance();
  installBodyRules(fastify);
  app.useBodyParser('application/json', { bodyLimit: DEFAULT_BODY_LIMIT }, jsonBodyParser(fastify));
  // Fastify would hand a text/plain body to the routes as a string: refused (415) instead.
  fastify.removeContentTypeParser('text/plain');
  fastify.addHook('onRequest', (request, reply, done) => {
    void reply.header('x-request-id', request.id);
    done();
  });
  // Runs before compression (a route-level onSend hook): a 304 has nothing left to compress.
  fastify.addHook('onSend', notModified);
  await registerHttpHardening(fastify, config);
  app.get(CatalogResponseCache).install(fastify);
  // Cookies are read only by the H5 sign-in (its browser binding); nothing else of the API uses them.
  await app.register(fastifyCookie);
  // POST /api/v1/uploads: one file, streamed, cut off at the larger of the two size limits (the uploads service
  // applies the limit of the kind it finds); no other parts worth the name.
  await app.register(fastifyMultipart, {
    limits: {
      fileSize: Math.max(config.uploads.maxImageBytes, config.uploads.maxPdfBytes),
      files: 1,
      fields: 4,
      fieldSize: 1024,
      fieldNameSize: 100,
      parts: 6,
      headerPairs: 20,
    },
  });

  const document = SwaggerModule.createDocument(
    app,
    new DocumentBuilder()
      .setTitle('掌上办 BFF')
      .setDescription(
        'The API of the 掌上办 mini-program. Errors: {code, message, requestId}; times +08:00; coordinates GCJ-02.',
      )
      .setVersion('1')
      .build(),
  );
  if (config.apiDocs) SwaggerModule.setup('api/docs', app, document, { jsonDocumentUrl: 'api/docs-json' });

  if (config.h5Dir && existsSync(join(config.h5Dir, 'index.html'))) {
    await app.register(fastifyStatic, {
      root: config.h5Dir,
      prefix: '/',
      wildcard: false,
      // The build writes .br and .gz beside each text asset (mini/scripts/precompress.mjs): served as they are.
      preCompressed: true,
      setHeaders: (res, path) => void res.header('cache-control', h5CacheControl(path)),
    });
  }
  if (config.consoleDir && existsSync(join(config.consoleDir, 'index.html'))) {
    // The operators' console (packages/console, a Vite build with hash routes): /console redirects to /console/,
    // which answers index.html. A second @fastify/static instance must not decorate the reply again.
    await app.register(fastifyStatic, {
      root: config.consoleDir,
      prefix: '/console/',
      wildcard: false,
      redirect: true,
      decorateReply: false,
      setHeaders: (res, path) => void res.header('cache-control', consoleCacheControl(path)),
    });
  }
  return app;
}

/** Vite names everything under assets/ by its content hash (index-CzV1PS_P.js): a year; index.html: revalidated. */
export function consoleCacheControl(path: string): string {
  if (/\.html$/.test(path)) return 'no-cache';
  return /[\\/]assets[\\/][^\\/]+$/.test(path) ? 'public, max-age=31536000, immutable' : 'public, max-age=604800';
}

// A file whose name carries its content hash (1013.43cbe679.js) never changes: cached for a year, not revalidated.
// index.html must be re-read after every deploy; anything else unhashed (favicon.svg) for a week.
const HASHED = /\.[0-9a-f]{8,}\.[a-z0-9]+(\.(br|gz))?$/;

export function h5CacheControl(path: string): string {
  if (/\.html(\.(br|gz))?$/.test(path)) return 'no-cache';
  return HASHED.test(path) ? 'public, max-age=31536000, immutable' : 'public, max-age=604800';
}
