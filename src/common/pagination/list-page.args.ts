import { ArgsType, Field, Int } from '@nestjs/graphql';
import { IsInt, IsOptional, IsString, MaxLength } from 'class-validator';
import { PAGE_SIZE_POLICY } from './page-size.js';

/**
 * `first` and `after` of the GraphQL root lists (sources, technologies, criteria, useCases):
 * a page under the one page-size policy, after the item whose slug `after` names (the last
 * item of the previous page). The lists stay lists, so existing queries keep working and get
 * at most the default page (issue 20 item 2: 10,000 sources were answered at once).
 */
@ArgsType()
export class ListPageArgs {
  @Field(() => Int, { nullable: true, description: PAGE_SIZE_POLICY })
  @IsOptional() @IsInt({ message: 'first must be an integer' })
  first?: number | null;

  @Field(() => String, { nullable: true, description: 'The slug of the last item of the previous page; the page starts after it' })
  @IsOptional() @IsString() @MaxLength(200)
  after?: string | null;
}
