// A short list of words or phrases (drivers, trusted places, channels) edited
// as one text area, one entry per line. A local draft keeps the empty line the
// user just started; the project only ever receives trimmed, non-empty entries.

import { useEffect, useState, type JSX } from 'react';
import { TextAreaField } from '../../components/TextAreaField';
import { useItemOwnedProps } from '../../components/ItemFields';

export interface StringListFieldProps {
  label: string;
  value: readonly string[];
  onChange: (value: string[]) => void;
  readOnly?: boolean;
  help?: string;
  srLabelSuffix?: string;
}

export function linesToList(text: string): string[] {
  return text
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '');
}

const sameList = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((x, i) => x === b[i]);

export function StringListField(props: StringListFieldProps): JSX.Element {
  const [draft, setDraft] = useState(() => props.value.join('\n'));
  // Undo or a reloaded file brings a different list: show it instead of the draft.
  useEffect(() => {
    setDraft((current) => (sameList(linesToList(current), props.value) ? current : props.value.join('\n')));
  }, [props.value]);
  return (
    <TextAreaField
      label={props.label}
      help={props.help}
      srLabelSuffix={props.srLabelSuffix}
      value={draft}
      rows={Math.min(Math.max(draft.split('\n').length, 2), 6)}
      readOnly={props.readOnly}
      onChange={(text) => {
        setDraft(text);
        const list = linesToList(text);
        if (!sameList(list, props.value)) props.onChange(list);
      }}
    />
  );
}

/** A StringListField in the editor of a list item (see ItemFields). */
export function ItemStringListField(props: Omit<StringListFieldProps, 'srLabelSuffix' | 'readOnly'>): JSX.Element {
  const owned = useItemOwnedProps();
  return <StringListField {...props} {...owned} />;
}
