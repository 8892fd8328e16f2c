import { Controller, Get, Res } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiServiceUnavailableResponse, ApiTags } from '@nestjs/swagger';
import type { HealthStatus } from '@zsb/contracts';
import type { FastifyReply } from 'fastify';
import { sql } from 'kysely';
import { CatalogSyncService } from '../catalog/catalog-sync.service';
import { DatabaseConnection } from '../database/database.module';

@ApiTags('health')
@Controller('health')
export class HealthController {
  constructor(
    private readonly database: DatabaseConnection,
    private readonly sync: CatalogSyncService,
  ) {}

  @Get('live')
  @ApiOperation({ summary: 'The process is up (for restarts).' })
  live(): { status: 'ok' } {
    return { status: 'ok' };
  }

  @Get('ready')
  @ApiOperation({ summary: 'Ready for traffic: the database answers and a catalog snapshot exists.' })
  @ApiOkResponse({ description: 'ready' })
  @ApiServiceUnavailableResponse({ description: 'not ready' })
  async ready(@Res({ passthrough: true }) reply: FastifyReply): Promise<HealthStatus> {
    const database = await sql`SELECT 1`
      .execute(this.database.db)
      .then(() => 'up' as const)
      .catch(() => 'down' as const);
    const snapshot = this.sync.snapshot();
    const status: HealthStatus = {
      status: database === 'up' && snapshot ? 'ok' : 'unavailable',
      checks: { database, catalog: snapshot ? 'ready' : 'missing' },
      catalogVersion: snapshot?.version ?? null,
    };
    void reply.status(status.status === 'ok' ? 200 : 503);
    return status;
  }
}
