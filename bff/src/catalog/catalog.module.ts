import { Module } from '@nestjs/common';
import { CatalogHeadersInterceptor } from './catalog-headers.interceptor';
import { CatalogSyncService } from './catalog-sync.service';
import { CatalogController } from './catalog.controller';
import { CatalogRepository } from './catalog.repository';
import { CatalogService } from './catalog.service';
import { MatterViews } from './matter-views';

@Module({
  controllers: [CatalogController],
  providers: [CatalogRepository, CatalogSyncService, CatalogService, MatterViews, CatalogHeadersInterceptor],
  exports: [CatalogService, CatalogSyncService],
})
export class CatalogModule {}
