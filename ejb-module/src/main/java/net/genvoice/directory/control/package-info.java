/**
 * Ports to the business affiliate that publishes phone directory listings (P19): it receives only
 * what a listing needs. The implementation lives in the integration module.
 */
package net.genvoice.directory.control;
