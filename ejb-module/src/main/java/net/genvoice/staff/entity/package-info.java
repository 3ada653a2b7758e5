/**
 * GenVoice staff accounts of the default run and their roles; with a company directory, only the
 * roles matter.
 */
package net.genvoice.staff.entity;
