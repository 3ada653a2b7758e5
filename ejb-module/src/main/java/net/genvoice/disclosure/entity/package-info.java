/**
 * The vocabulary of disclosure as immutable value types: recipients and their registrations,
 * purposes, legal bases, the fields that may ever be disclosed, a request and its decision. Nothing
 * here is persisted yet, and nothing here may depend on the Jakarta EE API (the benchmark compiles
 * it alone).
 */
package net.genvoice.disclosure.entity;
