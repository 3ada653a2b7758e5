/**
 * The policy engine's ports implemented over GenVoice's records: consent ({@link
 * net.genvoice.disclosure.lookup.ConsentRecords}) and credit applications ({@link
 * net.genvoice.disclosure.lookup.CreditApplicationRecords}), and the one engine built from them.
 */
package net.genvoice.disclosure.lookup;
