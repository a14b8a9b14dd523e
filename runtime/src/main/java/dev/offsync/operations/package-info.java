/** The queued local changes (the operations queue) as the app sees them: pending and failed operations. */
package dev.offsync.operations;
