import { Matches } from 'class-validator';

/** A draft's id in the page path; the page itself reads the draft through the API. */
export class DeskDraftParams {
  @Matches(/^[A-Za-z0-9_-]{1,64}$/, { message: 'id must be a draft id' })
  id: string;
}
