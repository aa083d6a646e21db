import { render } from 'preact';
import { uiLangOf } from '../../lib/i18n';
import { getDb } from '../../platform/db';
import { LibraryApp } from '../../ui/library/LibraryApp';
import { libraryBackend } from './backend';
import '../../ui/library/library.css';

const lang = uiLangOf(navigator.language);
render(<LibraryApp backend={libraryBackend(getDb())} lang={lang} />, document.getElementById('app')!);
