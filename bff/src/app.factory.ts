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
import { notModified } from './common/json-body';
import { createRootLogger, PinoNestLogger, RequestLogController, requestIdOf } from './common/logging';
import { createValidationPipe } from './common/validation';
import type { AppConfigShape } from './config/config.schema';

/** Builds the whole BFF (not yet listening). main.ts and the integration tests both start it this way. */
export async function createApp(config: Readonly<AppConfigShape>): Promise<NestFastifyApplication> {
  const logger = createRootLogger(config);
  const adapter = new FastifyAdapter({
    loggerInstance: logger,
    logController: new RequestLogController(),
    genReqId: requestIdOf,
    bodyLimit: 1024 * 1024,
    routerOptions: { maxParamLength: 200 },
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
  });
  app.useLogger(new PinoNestLogger(logger));
  app.useGlobalPipes(createValidationPipe());
  app.useGlobalFilters(new ErrorFilter());
  app.enableShutdownHooks();
  const fastify = app.getHttpAdapter().getInstance();
  fastify.addHook('onRequest', (request, reply, done) => {
    void reply.header('x-request-id', request.id);
    done();
  });
  fastify.addHook('onSend', notModified);
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
      // index.html must be re-read after a deploy; hashed assets can be cached for long.
      setHeaders: (res, path) =>
        void res.header('cache-control', path.endsWith('.html') ? 'no-cache' : 'public, max-age=604800'),
    });
  }
  return app;
}
