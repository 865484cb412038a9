/** Render an extension page's root component, with the document in the browser's UI language. */
import { render, type ComponentChild } from 'preact';
import { browser } from 'wxt/browser';
import './page.css';

export function mountPage(root: ComponentChild): void {
  document.documentElement.lang = browser.i18n.getUILanguage();
  const app = document.getElementById('app');
  if (app) render(root, app);
}
