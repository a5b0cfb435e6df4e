import { sharedParsePool } from './src/core/library/parse-pool';
try { console.log(await sharedParsePool.load('seeds/' + (await import('node:fs')).readdirSync('seeds')[0], {analyze:true})); } catch (e) { console.log('ERR', e); }
