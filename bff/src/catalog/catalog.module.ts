import { Module } from '@nestjs/common';
import { CatalogHeadersInterceptor } from './catalog-headers.interceptor';
import { CatalogResponseCache } from './catalog-response-cache';
import { CatalogSyncService } from './catalog-sync.service';
import { CatalogController } from './catalog.controller';
import { CatalogRepository } from './catalog.repository';
import { CatalogService } from './catalog.service';
import { CenterDirectory } from './center-directory';
import { MatterViews } from './matter-views';

/** 事项目录: the synced catalog (matters, themes, centers), its search and the centers' index. */
@Module({
  controllers: [CatalogController],
  providers: [
    CatalogRepository,
    CatalogSyncService,
    CatalogService,
    MatterViews,
    CatalogHeadersInterceptor,
    CatalogResponseCache,
    CenterDirectory,
  ],
  exports: [CatalogService, CatalogSyncService, CatalogResponseCache, CenterDirectory],
})
export class CatalogModule {}
