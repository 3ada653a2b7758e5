/**
 * What every partner sandbox shares: switchable behaviour, idempotent answers, a count of the calls
 * it saw and a book of charges. Test infrastructure only; never part of a release path.
 */
package net.genvoice.sandbox.common;
