// `npm run headers`: the headers a host of the built site must send, one "Name: value" a
// line, from src/relay/securityHeaders.ts (what `npm start` and the relay send).
import { securityHeaders } from '../src/relay/securityHeaders.ts';

for (const [name, value] of Object.entries(securityHeaders)) console.log(`${name}: ${value}`);
