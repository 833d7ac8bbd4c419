// The worker's entry when running from the TypeScript sources (npm run web, tests): tsx registered in this
// thread, then the real worker. The packaged app runs the bundled job-worker.cjs instead.
import { register } from 'tsx/esm/api';

register();
await import('./worker.ts');
