/** The script of "Về ấn bản này" (ve-an-ban.html): the in-browser check of a copy. */
import { initCopyCheck } from './copy-check.ts';

initCopyCheck(document);
