/** Conflicts between a pushed change and the service's copy, and how a resolver settles them. */
package dev.offsync.conflict;
