// Which item of a list is open; opening one closes the other.

import { useCallback, useState } from 'react';

export function useOpenItem(): [string | null, (id: string) => void, (id: string | null) => void] {
  const [open, setOpen] = useState<string | null>(null);
  const toggle = useCallback((id: string) => setOpen((current) => (current === id ? null : id)), []);
  return [open, toggle, setOpen];
}
