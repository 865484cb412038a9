/** Render an extension page's root component, with the document in the language of its strings. */
import { render, type ComponentChild } from 'preact';
import { interfaceLanguage } from '../utils/i18n';
import './page.css';

export function mountPage(root: ComponentChild): void {
  document.documentElement.lang = interfaceLanguage();
  const app = document.getElementById('app');
  if (app) render(root, app);
}
