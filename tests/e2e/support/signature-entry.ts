// Exposes the extension's pack-signature check to a plain test page, so the
// browsers' own WebCrypto runs it (tests/e2e/pack-signature-browsers.e2e.ts).
import { verifyPackSignature } from '../../../rules/pack-signature';

(globalThis as unknown as { verifyPackSignature: typeof verifyPackSignature }).verifyPackSignature = verifyPackSignature;
