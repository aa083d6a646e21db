import { render } from 'preact';
import { getDb } from '../../platform/db';
import { LibraryApp } from '../../ui/library/LibraryApp';
import { messagingBackend } from '../../ui/library/backend';
import '../../ui/library/library.css';

const lang = navigator.language.toLowerCase().startsWith('ru') ? 'ru' : 'en';
render(<LibraryApp db={getDb()} backend={messagingBackend} lang={lang} />, document.getElementById('app')!);
