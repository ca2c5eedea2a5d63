import { ApiProperty } from '@nestjs/swagger';

/** oEmbed 1.0 `rich` response (https://oembed.com/#section2.3). */
export class OEmbedModel {
  @ApiProperty({ enum: ['1.0'] }) version: '1.0';
  @ApiProperty({ enum: ['rich'] }) type: 'rich';
  @ApiProperty() title: string;
  @ApiProperty() provider_name: string;
  @ApiProperty() provider_url: string;
  @ApiProperty({ type: Number }) cache_age: number;
  @ApiProperty({ description: 'An iframe of the embed page' }) html: string;
  @ApiProperty({ type: Number }) width: number;
  @ApiProperty({ type: Number }) height: number;
}
