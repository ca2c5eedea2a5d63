import { Module } from '@nestjs/common';
import { SourceWritesRepository } from './source-writes.repository.js';

/** A source's writes, for the ingestion module's transactions (SourcesModule serves the reads). */
@Module({
  providers: [SourceWritesRepository],
  exports: [SourceWritesRepository],
})
export class SourceWritesModule {}
