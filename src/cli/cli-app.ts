import { NestFactory } from '@nestjs/core';
import './cli-env.js';
import { CliModule } from './cli.module.js';

export type CliApp = Awaited<ReturnType<typeof NestFactory.createApplicationContext>>;

/** Runs `work` with the app's services and no HTTP (settings: cli-env.ts). */
export async function withApp(work: (app: CliApp) => Promise<number>): Promise<number> {
  const app = await NestFactory.createApplicationContext(CliModule, { logger: ['error', 'warn'] });
  try {
    return await work(app);
  } finally {
    await app.close();
  }
}
