/** The exceptions of the client: {@link dev.offsync.errors.OffsyncException} and its subclasses, unchecked. */
package dev.offsync.errors;
