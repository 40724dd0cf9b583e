import { z } from 'astro/zod';

/** Who a piece is written for; labels in src/i18n/vi.ts (`content.audience.*`). */
export const AUDIENCES = ['nguoi-dan', 'can-bo'] as const;

/** `nguoi-dan`: residents of border areas; `can-bo`: officers and officials who explain the law. */
export const AudienceSchema = z.array(z.enum(AUDIENCES)).min(1);

export type Audience = (typeof AUDIENCES)[number];
