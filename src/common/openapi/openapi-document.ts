import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { DocumentBuilder, SwaggerModule, type OpenAPIObject } from '@nestjs/swagger';
import { ProblemDetailsModel } from '../http/problem-details.model.js';

/** The OpenAPI document, generated from the controllers' decorators and the input classes. */
export function buildOpenApiDocument(app: NestFastifyApplication): OpenAPIObject {
  const config = new DocumentBuilder()
    .setTitle('versus-kb')
    .setDescription('Technology comparisons with every claim cited by its verbatim quote. GraphQL: /graphql.')
    .setVersion('0.1.0')
    .build();
  return SwaggerModule.createDocument(app, config, { extraModels: [ProblemDetailsModel] });
}

/** Names of every query parameter some operation declares. */
export function queryParameterNames(document: OpenAPIObject): Set<string> {
  const names = new Set<string>();
  for (const item of Object.values(document.paths)) {
    for (const operation of Object.values(item)) {
      for (const parameter of (operation as { parameters?: { in?: string; name?: string }[] }).parameters ?? []) {
        if (parameter.in === 'query' && parameter.name) names.add(parameter.name);
      }
    }
  }
  return names;
}
