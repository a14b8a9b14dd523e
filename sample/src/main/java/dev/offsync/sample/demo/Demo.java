package dev.offsync.sample.demo;

import dev.offsync.status.SyncListener;
import dev.offsync.sample.console.ProgressBars;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * The whole offline cycle in one run: the reference service in-process on a SQLite file and two devices,
 * each with its own store, told as a story (see {@link Chapters}). It ends with the convergence check.
 */
public final class Demo {

  private static final List<String> FILES = List.of("service.db", "device-a.db", "device-b.db");

  private final DemoSettings settings;
  private final Story story;

  Demo(DemoSettings settings, PrintWriter out) {
    this.settings = settings;
    this.story = new Story(out);
  }

  /**
   * Runs the story and returns the exit code: 0 when both devices and the service converged, 1 otherwise.
   *
   * @throws DemoFailure if a step did not turn out as the story says
   * @throws UncheckedIOException if the folder cannot be used
   */
  int run() {
    Path folder = folder();
    try {
      return run(folder);
    } finally {
      if (settings.folder() == null) {
        deleteQuietly(folder);
      }
    }
  }

  private int run(Path folder) {
    long start = System.nanoTime();
    story.title("Offsync demo: two devices, one Datasync service, offline and back");
    try (DemoService service = DemoService.start(folder);
         Device a = open("A", folder, service);
         Device b = open("B", folder, service)) {
      introduce(folder, service, a, b);
      Chapters chapters = new Chapters(story, service, a, b);
      chapters.offline(settings.backlog());
      chapters.online();
      chapters.secondDevicePulls();
      chapters.conflict(settings.policy());
      chapters.delete();
      chapters.purge();
      chapters.changesArriveByThemselves();
      Convergence verdict = new Ending(story, a, b).converge(chapters.cast());
      story.say(String.format(java.util.Locale.ROOT, "Finished in %.1f s.", (System.nanoTime() - start) / 1e9));
      story.plain(verdict.verdict());
      return verdict.converged() ? 0 : 1;
    }
  }

  private Device open(String name, Path folder, DemoService service) {
    SyncListener progress = settings.progress() ? ProgressBars.on(name, story.out()) : ProgressBars.none();
    return Device.open(name, folder.resolve("device-" + name.toLowerCase(java.util.Locale.ROOT) + ".db"),
        service.uri(), settings.policy(), progress);
  }

  private void introduce(Path folder, DemoService service, Device a, Device b) {
    story.say("service   " + service.uri() + "  (the reference server, in-process, SQLite " + service.database()
        + ")");
    story.say("device A  " + folder.resolve("device-a.db"));
    story.say("device B  " + folder.resolve("device-b.db"));
    story.say(settings.folder() == null ? "(a temporary folder, deleted at the end; keep the files with --dir DIR)"
        : "(the files stay; look inside with: java -jar offsync-sample.jar todo --store "
            + folder.resolve("device-a.db") + " list)");
  }

  private Path folder() {
    try {
      if (settings.folder() == null) {
        return Files.createTempDirectory("offsync-demo-");
      }
      Files.createDirectories(settings.folder());
      for (String file : FILES) {
        if (Files.exists(settings.folder().resolve(file))) {
          throw new DemoFailure("The folder " + settings.folder() + " already holds a demo's " + file
              + "; choose an empty folder, or delete its .db files");
        }
      }
      return settings.folder();
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot create the demo's folder: " + e.getMessage(), e);
    }
  }

  private static void deleteQuietly(Path folder) {
    try (Stream<Path> files = Files.walk(folder)) {
      files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
    } catch (IOException | UncheckedIOException e) {
      // Only a temporary folder is deleted; what is left the system's temp cleaning removes.
    }
  }
}
