/**
 * The recipient registry as persisted (P23): recipients and, per purpose, the exact fields each may
 * receive. JPA entities only; the policy engine never reads them, it reads the immutable snapshot
 * built from them.
 */
package net.genvoice.disclosure.registry.entity;
