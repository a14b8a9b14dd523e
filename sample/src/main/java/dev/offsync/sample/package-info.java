/** Offsync's sample Todo app: the entry point of its jar, running the demo or the {@code todo} CLI. */
package dev.offsync.sample;
