/**
 * Management of the recipient registry by the compliance officer (P23): list, create, change the
 * purposes and fields, deactivate; every change audited and visible to the policy engine at once.
 */
package net.genvoice.disclosure.registry.boundary;
