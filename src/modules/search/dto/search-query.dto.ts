import { InputType, Int } from '@nestjs/graphql';
import { ApiField } from '../../../common/models/api-field.js';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, IsString, Length, Max, Min } from 'class-validator';

@InputType('SearchInput')
export class SearchQueryDto {
  @ApiField({ description: 'Web-search syntax: words, "exact phrase", -excluded, or' })
  @IsString() @Length(1, 200)
  q: string;

  @ApiField(() => Int, { nullable: true, optional: true, description: 'Results per list, 1-50 (default 20)' })
  @IsOptional() @Type(() => Number) @IsInt({ message: 'limit must be an integer' }) @Min(1) @Max(50)
  limit?: number;
}
