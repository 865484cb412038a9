/**
 * Which installed packs ask the questions on this page: for the popup, on a case
 * system no pack is written for, so it can point the adviser at the pack that fits
 * (or say that none does). One scan per pack, each stopped at once; nothing is
 * kept or reported, and the page's values are not read.
 */
import { createFieldDetector } from '../../utils/dom/field-detector';
import { sendMessage, type PackOnPage } from '../../utils/messages';

/** Each pack the adviser may choose for this site, with the number of its questions found here; most found first. */
export async function packsOnPage(): Promise<PackOnPage[]> {
  const candidates = await sendMessage('pack:choosable', {});
  const counts: PackOnPage[] = [];
  for (const pack of candidates) {
    const detector = createFieldDetector({ pack, observe: false });
    try {
      await detector.ready;
      counts.push({ packId: pack.id, found: detector.matches().length });
    } finally {
      detector.stop();
    }
  }
  return counts.sort((a, b) => b.found - a.found);
}
