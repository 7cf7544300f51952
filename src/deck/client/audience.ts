/** The audience deck page: the deck and nothing else. */
import { start } from './start.ts';

start();
