import { Module } from '@nestjs/common';
import { CatalogHeadersInterceptor } from './catalog-headers.interceptor';
import { CatalogResponseCache } from './catalog-response-cache';
import { CatalogSyncService } from './catalog-sync.service';
import { CatalogController } from './catalog.controller';
import { CatalogRepository } from './catalog.repository';
import { CatalogService } from './catalog.service';
import { CenterDirectory } from './center-directory';
import { MatterViews } from './matter-views';
import { SearchMissRecorder } from './search-misses';
import { SearchTermsRepository } from './search-terms.repository';

/** 事项目录: the synced catalog (matters, themes, centers), its search (with the operators' synonyms and the searches that found nothing) and the centers' index. */
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
    SearchTermsRepository,
    SearchMissRecorder,
  ],
  exports: [CatalogService, CatalogSyncService, CatalogResponseCache, CenterDirectory, SearchTermsRepository],
})
export class CatalogModule {}
