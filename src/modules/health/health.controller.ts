import { ApiTags } from '@nestjs/swagger';
import { Controller, Get } from '@nestjs/common';
import { HealthCheck, HealthCheckService } from '@nestjs/terminus';
import { Public } from '../auth/api-key.guard.js';
import { DatabaseHealthIndicator } from './database.health.js';

/** Outside the /api prefix: probes for orchestrators. */
@ApiTags('health')
@Public()
@Controller()
export class HealthController {
  constructor(
    private readonly health: HealthCheckService,
    private readonly database: DatabaseHealthIndicator,
  ) {}

  /** Alive: the process answers. No dependency is checked. */
  @Get('health')
  @HealthCheck()
  alive() {
    return this.health.check([]);
  }

  /** Ready: the database answers (503 otherwise). */
  @Get('ready')
  @HealthCheck()
  ready() {
    return this.health.check([() => this.database.check()]);
  }
}
