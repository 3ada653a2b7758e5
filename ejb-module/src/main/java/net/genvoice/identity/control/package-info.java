/**
 * Password hashing and token hashing: the only places that handle a secret in clear, and only in
 * memory.
 */
package net.genvoice.identity.control;
