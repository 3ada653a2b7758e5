/** The signed-in customer's phone directory listing over REST (P19). */
package net.genvoice.web.directory.rest;
