/** Sign-in state: revocable tokens (kept only as hashes) and failed-login throttles. */
package net.genvoice.identity.entity;
