import { render } from 'preact';
import { getDb } from '../../platform/db';
import { LibraryApp } from '../../ui/library/LibraryApp';
import { messagingBackend } from '../../ui/library/backend';
import '../../ui/library/library.css';

render(<LibraryApp db={getDb()} backend={messagingBackend} />, document.getElementById('app')!);
