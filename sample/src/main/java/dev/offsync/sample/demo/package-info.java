/** The demo: the reference service and two devices, through offline work, sync, conflict, delete and purge. */
package dev.offsync.sample.demo;
