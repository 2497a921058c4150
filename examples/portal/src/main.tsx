import { render } from 'preact';
import { App } from './app';
import { currentLang } from './i18n';
import './style.css';

document.documentElement.lang = currentLang();
render(<App />, document.getElementById('app')!);
// Preact renders synchronously: from here the page answers input (scripts/measure.ts reads this mark).
performance.mark('kabinet:interactive');
