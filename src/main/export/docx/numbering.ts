// Word numbering for lists: one bullet definition and one decimal definition,
// three levels deep each. Every ordered list uses its own instance of the
// decimal definition so it restarts at 1.

import { AlignmentType, LevelFormat, type INumberingOptions } from 'docx';

export const BULLETS = 'report-bullets';
export const DECIMAL = 'report-decimal';

const indent = (level: number) => ({ left: 397 + level * 397, hanging: 284 });

export function documentNumbering(accent: string): INumberingOptions {
  const bullets = ['•', '–', '◦'];
  return {
    config: [
      {
        reference: BULLETS,
        levels: bullets.map((text, level) => ({
          level,
          format: LevelFormat.BULLET,
          text,
          alignment: AlignmentType.LEFT,
          style: { paragraph: { indent: indent(level) }, run: { color: accent } },
        })),
      },
      {
        reference: DECIMAL,
        levels: [LevelFormat.DECIMAL, LevelFormat.LOWER_LETTER, LevelFormat.LOWER_ROMAN].map((format, level) => ({
          level,
          format,
          text: `%${level + 1}.`,
          alignment: AlignmentType.LEFT,
          style: { paragraph: { indent: indent(level) } },
        })),
      },
    ],
  };
}
