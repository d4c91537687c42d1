/** Finds a system Chromium for the browser tests; never downloads a browser. */
import { ensureBinary } from '../../../scripts/lib/system-binary.mjs';

const CHROMIUM = {
  what: 'Chromium',
  envVar: 'CHROMIUM_PATH',
  candidates: [
    '/usr/bin/chromium',
    '/usr/bin/chromium-browser',
    '/usr/bin/google-chrome',
    '/usr/bin/google-chrome-stable',
    '/snap/bin/chromium',
  ],
  debianPackage: 'chromium',
  hint:
    'The browser tests need Chromium and none was found. Install one (Debian/Ubuntu: `sudo apt-get install chromium`) ' +
    'or point CHROMIUM_PATH at a Chromium or Chrome binary.',
};

/** Returns the path of a usable Chromium, installing Debian's package when that is possible. */
export const ensureChromium = () => ensureBinary(CHROMIUM);
