/** The directory-listing affiliate's gateway over REST: a listing's name and number only (P19). */
package net.genvoice.integration.directory;
