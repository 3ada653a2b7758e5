/**
 * The registry as the policy engine reads it: {@link
 * net.genvoice.disclosure.registry.control.RegistrySnapshots} holds one immutable snapshot per
 * application and rebuilds it when the registry version row says the registry changed, on this or
 * any other server instance sharing the database.
 */
package net.genvoice.disclosure.registry.control;
