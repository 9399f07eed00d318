// English texts: the app name, the menu, the language switch, the connection, and a browser that cannot run the app.
// Typed by the Dutch file of the same name: a key missing here, or one Dutch lacks, is a type error.
import type { Translation } from '../messages.ts';
import type { common as dutch } from '../nl/common.ts';

export const common: Translation<typeof dutch> = {
  'app.name': 'Buurtruil',
  'app.tagline': 'Neighbours help each other. Every hour is worth the same.',

  'language.label': 'Language',

  'nav.label': 'Main menu',
  'nav.board': 'Notice board',
  'nav.new': 'Ask or offer',
  'nav.hours': 'My hours',
  'nav.coordinator': 'Coordinator',
  'nav.more': 'More',
  'nav.together': 'Together',
  'more.title': 'More',
  'more.pages': 'Other pages',

  'install.title': 'Put Buurtruil on your home screen',
  'install.android': 'Android: open the browser\'s menu (⋮) and choose "Add to Home screen".',
  'install.iphone': 'iPhone: tap Share (the square with the arrow) and choose "Add to Home Screen".',
  'install.dismiss': 'Got it',

  'share.share': 'Share',
  'share.copy': 'Copy link',
  'share.copied': 'The link is copied.',

  'common.back': 'Back',
  'common.cancel': 'Cancel',
  'common.loading': 'Loading…',
  'common.you': 'You',
  'common.someone': 'A neighbour',
  'common.brokenPage': 'This page cannot be shown right now. Reload it; nothing is lost.',
  'common.brokenCard': 'This part cannot be shown. Everything else works.',

  'status.label': 'Connection',
  'status.offline': 'Not connected. What you do is kept and shared later.',
  'status.alone': 'No neighbours online now. What you do reaches the others as soon as someone is online.',
  'status.peers': '{count} {count, neighbour, neighbours} online now.',
  'status.short.offline': 'Not connected',
  'status.short.alone': 'Connected',
  'status.short.peers': '{count} {count, neighbour, neighbours} online',

  'integrity.refused':
    'Something arrived that is not right ({count} {count, message, messages}), for example a forgery. It was not taken over. Nothing is lost.',
  'integrity.storageFull':
    'This device is full. What neighbours write still arrives, but cannot be kept here right now. Free some space; nothing is lost.',
  'integrity.restored':
    'Someone tried to delete or change {count} {count, message, messages}. They have been put back.',

  'browser.title': 'Buurtruil cannot start here',
  'browser.insecure':
    'This page was not opened securely (the address starts with http://, not https://), and then your browser does not let Buurtruil work.',
  'browser.insecure.todo': 'Open the address that starts with https://. Not sure which one? Ask the coordinator.',
  'browser.no-crypto': 'This browser lacks the security Buurtruil needs; it is probably too old.',
  'browser.no-crypto.todo':
    'Update the browser, or use another one, such as Chrome, Firefox or Safari. Does that not work? Ask the coordinator.',
  'browser.no-storage':
    'This browser cannot keep anything on this device, and Buurtruil keeps everything on your own device.',
  'browser.no-storage.todo':
    'Use another browser, such as Chrome, Firefox or Safari. Does that not work? Ask the coordinator.',
  'browser.storage-refused':
    'This browser refuses to keep anything, for example because this is a private or incognito window.',
  'browser.storage-refused.todo': 'Open Buurtruil in an ordinary window. Does that not work? Ask the coordinator.',
  'browser.no-webrtc': 'This browser cannot connect directly to the devices of neighbours (WebRTC is switched off).',
  'browser.no-webrtc.todo': 'Switch WebRTC on, or use another browser. Does that not work? Ask the coordinator.',
  'browser.noscript':
    'Buurtruil only works with JavaScript switched on. Switch it on, or ask the coordinator for help.',
};
