import { Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { Field, Float, GraphQLSchemaBuilderModule, GraphQLSchemaFactory, Int, ObjectType, Query, Resolver } from '@nestjs/graphql';
import { FastifyAdapter } from '@nestjs/platform-fastify';
import { ApiProperty, ApiPropertyOptional, DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import { printType, type GraphQLObjectType } from 'graphql';
import { ApiField } from './api-field.js';

/*
 * ApiField must say exactly what the two decorators it replaces said: the same model declared
 * both ways gives the same OpenAPI schema (to the byte, key order included) and the same GraphQL
 * type. Each property is one case.
 */
@ObjectType('Part')
class Part {
  @ApiField() name: string;
}

@ObjectType('Pairs')
class Pairs {
  @ApiProperty() @Field() reflectedString: string;
  @ApiProperty({ description: 'A flag' }) @Field({ description: 'A flag' }) reflectedBoolean: boolean;
  @ApiProperty({ type: Number }) @Field(() => Int) integer: number;
  @ApiProperty({ type: Number, nullable: true, description: 'Normalized 0..1' }) @Field(() => Float, { nullable: true, description: 'Normalized 0..1' }) fraction: number | null;
  @ApiProperty({ type: String, isArray: true }) @Field(() => [String]) words: string[];
  @ApiProperty({ type: Number, isArray: true }) @Field(() => [Int]) ids: number[];
  @ApiProperty({ type: () => Part }) @Field(() => Part) part: Part;
  @ApiProperty({ type: () => Part, isArray: true, description: 'Parts' }) @Field(() => [Part], { description: 'Parts' }) parts: Part[];
  @ApiPropertyOptional({ type: () => Part, nullable: true }) @Field(() => Part, { nullable: true }) maybePart: Part | null;
  @ApiPropertyOptional({ type: String, description: 'Absent in lists' }) @Field(() => String, { nullable: true, description: 'Absent in lists' }) absent?: string;
  @ApiProperty({ description: 'Send it as If-Match' }) @Field({ description: 'Pass it as ifMatch' }) etag: string;
  @ApiProperty({ enum: ['open', 'closed'] }) @Field() status: string;
  @ApiProperty({ type: Number, nullable: true, minimum: 1, maximum: 9, description: 'How many' }) @Field(() => Int, { name: 'first', nullable: true, description: 'How many' }) limit: number | null;
}

@ObjectType('Single')
class Single {
  @ApiField() reflectedString: string;
  @ApiField({ description: 'A flag' }) reflectedBoolean: boolean;
  @ApiField(() => Int) integer: number;
  @ApiField(() => Float, { nullable: true, description: 'Normalized 0..1' }) fraction: number | null;
  @ApiField(() => [String]) words: string[];
  @ApiField(() => [Int]) ids: number[];
  @ApiField(() => Part) part: Part;
  @ApiField(() => [Part], { description: 'Parts' }) parts: Part[];
  @ApiField(() => Part, { nullable: true, optional: true }) maybePart: Part | null;
  @ApiField(() => String, { optional: true, description: 'Absent in lists' }) absent?: string;
  @ApiField({ description: 'Send it as If-Match', graphqlDescription: 'Pass it as ifMatch' }) etag: string;
  @ApiField({ openApi: { enum: ['open', 'closed'] } }) status: string;
  @ApiField(() => Int, { nullable: true, openApi: { minimum: 1, maximum: 9 }, description: 'How many', graphqlName: 'first' }) limit: number | null;
}

@Resolver()
class BothResolver {
  @Query(() => Pairs) pairs(): Pairs | null {
    return null;
  }

  @Query(() => Single) single(): Single | null {
    return null;
  }
}

@Module({})
class EmptyModule {}

describe('ApiField: one declaration for @Field and @ApiProperty', () => {
  it('gives the OpenAPI schema the two decorators gave, key order included', async () => {
    const app = await NestFactory.create(EmptyModule, new FastifyAdapter(), { logger: false });
    try {
      const document = SwaggerModule.createDocument(app, new DocumentBuilder().build(), { extraModels: [Pairs, Single] });
      const schemas = document.components?.schemas ?? {};
      expect(schemas.Single).toBeDefined();
      expect(JSON.stringify(schemas.Single)).toBe(JSON.stringify(schemas.Pairs));
      // A case that would pass vacuously if both sides lost their types:
      expect(schemas.Single).toMatchObject({ properties: { ids: { type: 'array', items: { type: 'number' } }, maybePart: { nullable: true } } });
      expect((schemas.Single as { required: string[] }).required).not.toContain('absent');
    } finally {
      await app.close();
    }
  });

  it('gives the GraphQL type the two decorators gave', async () => {
    const app = await NestFactory.createApplicationContext(GraphQLSchemaBuilderModule, { logger: false });
    try {
      const schema = await app.get(GraphQLSchemaFactory).create([BothResolver]);
      const print = (name: string) => printType(schema.getType(name) as GraphQLObjectType).replace(`type ${name} `, 'type T ');
      expect(print('Single')).toBe(print('Pairs'));
      expect(print('Single')).toContain('first: Int');
      expect(print('Single')).toContain('absent: String\n');
    } finally {
      await app.close();
    }
  });
});
