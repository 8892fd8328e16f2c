import { Module } from '@nestjs/common';
import { CatalogHeadersInterceptor } from './catalog-headers.interceptor';
import { CatalogResponseCache } from './catalog-response-cache';
import { CatalogSyncService } from './catalog-sync.service';
import { CatalogController } from './catalog.controller';
import { CatalogRepository } from './catalog.repository';
import { CatalogService } from './catalog.service';
import { MatterViews } from './matter-views';

@Module({
  controllers: [CatalogController],
  providers: [
    CatalogRepository,
    CatalogSyncService,
    CatalogService,
    MatterViews,
    CatalogHeadersInterceptor,
    CatalogResponseCache,
  ],
  exports: [CatalogService, CatalogSyncService, CatalogResponseCache],
})
export class CatalogModule {}
