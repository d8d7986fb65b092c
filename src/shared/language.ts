// The two languages of the interface and of the report. Dutch is the default.
import { z } from 'zod';

export const languages = ['nl', 'en'] as const;
export const LanguageSchema = z.enum(languages);
export type Language = z.infer<typeof LanguageSchema>;
export const defaultLanguage: Language = 'nl';
