import { register } from 'node:module';

register('./rawImportHooks.js', import.meta.url);
