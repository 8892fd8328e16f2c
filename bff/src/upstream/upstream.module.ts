import { Global, Module } from '@nestjs/common';
import { ProvincialCatalogHttp } from './platform/provincial-catalog.http';
import { ProvincialCatalog } from './platform/provincial-catalog.port';

/** Binds each upstream port to its HTTP adapter. Tests point the adapters at the sandbox through config. */
@Global()
@Module({
  providers: [{ provide: ProvincialCatalog, useClass: ProvincialCatalogHttp }],
  exports: [ProvincialCatalog],
})
export class UpstreamModule {}
