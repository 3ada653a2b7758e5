/** The directory-listing affiliate's sandbox: phone directory listings over HTTP/JSON. */
package net.genvoice.sandbox.directory;
