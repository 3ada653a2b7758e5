/** Subpoenas and court orders as recorded by the compliance officer (P18). */
package net.genvoice.disclosure.legal.entity;
