/** The sample's model: {@link dev.offsync.sample.model.TodoItem} and {@link dev.offsync.sample.model.Tag}. */
package dev.offsync.sample.model;
