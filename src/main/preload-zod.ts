// The preload builds the bridge contract's zod schemas (to learn the method
// names) inside the window, where the page's CSP forbids eval. Zod would probe
// `new Function` and trigger a CSP violation report; jitless mode skips the
// probe. Imported first by preload.ts, before any schema is created.

import { z } from 'zod';

z.config({ jitless: true });
