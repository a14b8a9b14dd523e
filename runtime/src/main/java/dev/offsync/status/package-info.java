/** The sync status, its events and listeners: what a UI shows about synchronization. */
package dev.offsync.status;
