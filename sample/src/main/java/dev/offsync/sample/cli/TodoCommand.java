package dev.offsync.sample.cli;

import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.HelpCommand;
import picocli.CommandLine.Option;

/**
 * {@code todo}: a todo list kept in a local store that works offline, synchronized with any Datasync service
 * that has the tables {@code todoitems} and {@code tags}. The options come before the subcommand.
 */
@Command(name = "todo", mixinStandardHelpOptions = true, versionProvider = Versions.class,
    description = {"A todo list that works offline and syncs with a Datasync service.",
        "Options go before the command: todo --service URL --store FILE COMMAND ..."},
    subcommands = {AddCommand.class, ListCommand.class, DoneCommand.class, EditCommand.class, RmCommand.class,
        PushCommand.class, PullCommand.class, SyncCommand.class, StatusCommand.class, ConflictsCommand.class,
        PurgeCommand.class, HelpCommand.class},
    footer = {
        "%nEnvironment: OFFSYNC_SERVICE, OFFSYNC_STORE and OFFSYNC_TOKEN stand in for the options.",
        "%nExit codes:",
        "  0  done",
        "  1  failed: an unknown id, a refused purge, refused operations, a store error",
        "  2  a bad command line",
        "  3  offline: the service could not be reached (local changes stay queued)",
        "  4  the service refused the credentials (see --token)"})
public final class TodoCommand {

  @Option(names = "--service", paramLabel = "URL", defaultValue = "${env:OFFSYNC_SERVICE}",
      description = "The Datasync service, such as http://127.0.0.1:8080; needed by push, pull, sync and"
          + " conflicts. Default: $OFFSYNC_SERVICE.")
  String service;

  @Option(names = "--store", paramLabel = "FILE", defaultValue = "${env:OFFSYNC_STORE:-todo.db}",
      description = "The local SQLite store, created if missing. Default: $OFFSYNC_STORE, else ${DEFAULT-VALUE}.")
  Path store;

  @Option(names = "--token", paramLabel = "TOKEN", defaultValue = "${env:OFFSYNC_TOKEN}",
      description = "A bearer token for the service. Prefer $OFFSYNC_TOKEN: other users of the machine can see"
          + " command lines.")
  String token;
}
