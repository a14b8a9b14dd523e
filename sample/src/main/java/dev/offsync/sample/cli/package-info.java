/** The {@code todo} CLI: a todo list in a local store, synchronized with any Datasync service. */
package dev.offsync.sample.cli;
