/** Console output shared by the demo and the CLI: aligned tables and sync progress bars. */
package dev.offsync.sample.console;
