/**
 * The default packs shipped with the extension, as their YAML source: the same
 * files supervisors read and the CLI lints (one source of truth), bundled as
 * text by Vite's `?raw` and compiled in the background on first run.
 */
import socialAssistance from './packs/social-assistance-initial-assessment.yaml?raw';
import workFocused from './packs/work-focused-interview.yaml?raw';

export interface PackFile {
  fileName: string;
  text: string;
}

export const DEFAULT_PACK_FILES: readonly PackFile[] = [
  { fileName: 'social-assistance-initial-assessment.yaml', text: socialAssistance },
  { fileName: 'work-focused-interview.yaml', text: workFocused },
];
