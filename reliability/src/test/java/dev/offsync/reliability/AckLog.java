package dev.offsync.reliability;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The crash child's record of its local writes, one line each, appended to a file: {@code I <n> <table> <kind>
 * <id> <token>} before write {@code n} is called, {@code A <n>} after it returned, forced to disk. A write with
 * an {@code I} line and no {@code A} was cut by the kill: it may or may not have been committed.
 */
final class AckLog implements AutoCloseable {

  /**
   * One write the child started.
   *
   * @param number its number, unique in the log
   * @param table the table
   * @param kind {@code insert}, {@code update} or {@code delete}
   * @param id the item id
   * @param token the item's token after the write ({@code -} for a delete)
   * @param acknowledged whether the call returned before the kill
   */
  record Write(long number, String table, String kind, String id, String token, boolean acknowledged) {

    /** The item key, {@code table/id}. */
    String key() {
      return table + "/" + id;
    }

    /** The item's token after this write, or null when it removed the item. */
    String result() {
      return kind.equals("delete") ? null : token;
    }
  }

  private final FileChannel channel;

  private AckLog(FileChannel channel) {
    this.channel = channel;
  }

  /** Opens the log for appending. */
  static AckLog open(Path file) throws IOException {
    return new AckLog(FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
        StandardOpenOption.APPEND));
  }

  /** Records that write {@code number} is about to be called. */
  void intent(long number, String table, String kind, String id, String token) throws IOException {
    append("I " + number + " " + table + " " + kind + " " + id + " " + token + "\n", false);
  }

  /** Records that write {@code number} returned, and forces the line to disk. */
  void acknowledge(long number) throws IOException {
    append("A " + number + "\n", true);
  }

  /** Records that write {@code number} threw: a local write the child expected to succeed was refused. */
  void error(long number, RuntimeException e) throws IOException {
    String message = String.valueOf(e).replace('\n', ' ');
    append("E " + number + " " + message + "\n", true);
  }

  private void append(String line, boolean force) throws IOException {
    ByteBuffer bytes = ByteBuffer.wrap(line.getBytes(StandardCharsets.US_ASCII));
    while (bytes.hasRemaining()) {
      channel.write(bytes);
    }
    if (force) {
      channel.force(false);
    }
  }

  @Override
  public void close() throws IOException {
    channel.close();
  }

  /** The writes in a log file, in order; a last line cut by the kill is ignored. */
  static List<Write> read(Path file) {
    return read(file, new ArrayList<>());
  }

  /** The writes in a log file, in order, adding its {@code E} lines to {@code errors}. */
  static List<Write> read(Path file, List<String> errors) {
    String text;
    try {
      text = Files.exists(file) ? Files.readString(file, StandardCharsets.US_ASCII) : "";
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    List<Write> writes = new ArrayList<>();
    Map<Long, Integer> index = new HashMap<>();
    // Only whole lines count: the kill may cut the last one.
    for (String line : text.substring(0, text.lastIndexOf('\n') + 1).split("\n")) {
      String[] parts = line.split(" ");
      if (parts[0].equals("I")) {
        index.put(Long.parseLong(parts[1]), writes.size());
        writes.add(new Write(Long.parseLong(parts[1]), parts[2], parts[3], parts[4], parts[5], false));
      } else if (parts[0].equals("E")) {
        errors.add(line);
      } else if (parts[0].equals("A")) {
        int at = index.get(Long.parseLong(parts[1]));
        Write w = writes.get(at);
        writes.set(at, new Write(w.number(), w.table(), w.kind(), w.id(), w.token(), true));
      }
    }
    return writes;
  }
}
