import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { extractProfile } from '../lib/extract';

// Injected on demand (activeTab + scripting) into a page the user asked the panel to
// read: GitHub, a home page, an author page. It carries every reader, Readability too,
// so it is never part of the script that runs on LinkedIn. What `main` returns is what
// scripting.executeScript hands back to the panel.
export default defineUnlistedScript(() => extractProfile(document, location.href));
