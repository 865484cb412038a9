/** Origins the demo case system is served from; granted at install so `npm run demo` works out of the box. */
export const DEMO_MATCHES = ['http://127.0.0.1/*', 'http://localhost/*'];
