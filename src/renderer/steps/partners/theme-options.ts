// The codebook as LinkPicker options for tagging quotes: the theme's name, with
// its description searched as well.

import type { Theme } from '../../../shared/model/coding';
import type { LinkOption } from '../../components/link-picker-filter';

export function themeOptions(themes: readonly Theme[], untitled: string): LinkOption[] {
  return themes.map((theme) => ({ id: theme.id, label: theme.name.trim() || untitled, hint: theme.description || undefined }));
}
