// The renderer keeps what main found about a delivered file (who, when,
// unaltered or not) with the open document, for the banner; and shows the
// delivery date as people read it.

import { describe, expect, it } from 'vitest';
import { formatDeliveryDate } from '../../../src/renderer/review-flow/FlowBanners';
import { documentReducer } from '../../../src/renderer/state/document-reducer';
import type { DocumentInfo } from '../../../src/shared/ipc';
import { createEmptyProject } from '../../../src/shared/model/project';

const doc = (readOnly: DocumentInfo['readOnly']): DocumentInfo => ({
  docId: 'd1', path: '/p/x.drijfveer', fileName: 'x.drijfveer', readOnly, fileFormatVersion: 2, migratedFrom: null,
});

describe('delivery state of the open document', () => {
  it('keeps the delivery check of an opened file and forgets it when another file is opened', () => {
    const project = createEmptyProject('nl');
    const delivery = { deliveredAt: '2026-03-01T12:00:00.000Z', deliveredBy: 'Bureau', verified: false };
    const opened = documentReducer(null, { type: 'opened', opened: { doc: doc('delivered'), project, delivery } });
    expect(opened?.delivery).toEqual(delivery);
    const next = documentReducer(opened, { type: 'opened', opened: { doc: doc(null), project } });
    expect(next?.delivery).toBeNull();
  });
});

describe('formatDeliveryDate', () => {
  it('writes the date in the interface language and leaves text that is not a date alone', () => {
    expect(formatDeliveryDate('2026-03-01T12:00:00.000Z', 'nl')).toBe('1 maart 2026');
    expect(formatDeliveryDate('2026-03-01T12:00:00.000Z', 'en')).toBe('1 March 2026');
    expect(formatDeliveryDate('gisteren', 'nl')).toBe('gisteren');
    expect(formatDeliveryDate('', 'nl')).toBe('');
  });
});
