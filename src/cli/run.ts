/** Process entry of the `galley` command (bin/galley.js runs the compiled copy). */
import { main } from './main.js';

process.exitCode = await main(process.argv.slice(2));
