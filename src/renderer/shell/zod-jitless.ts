// Zod 4 probes `new Function("")` once to decide whether it may compile fast
// parsers. Under our CSP (no 'unsafe-eval') the probe fails harmlessly but is
// still reported as a securitypolicyviolation. Jitless mode skips the probe.
// This module must be evaluated before any schema is defined: main.tsx imports
// it first.

import { z } from 'zod';

z.config({ jitless: true });
