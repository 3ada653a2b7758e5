/** Reads a requested cookie choice, refusing unknown categories field by field (P06). */
package net.genvoice.cookies.control;
