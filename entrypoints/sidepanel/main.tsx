import { render } from 'preact';
import { App } from './app';
import { askForPersistentStorage } from './storage-space';
import './style.css';

const root = document.getElementById('app');
if (root) render(<App />, root);
// The first use of the panel asks the browser to keep its data when disk space runs low.
askForPersistentStorage();
