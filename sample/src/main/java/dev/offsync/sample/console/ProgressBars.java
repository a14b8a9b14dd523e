package dev.offsync.sample.console;

import dev.offsync.status.SyncEvent;
import dev.offsync.status.SyncListener;
import java.io.PrintWriter;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/**
 * Shows pushes and pulls of more than {@link #THRESHOLD} items as progress bars, driven by the client's
 * {@link SyncEvent}s. Smaller ones pass silently: a bar that appears and vanishes is noise.
 */
public final class ProgressBars implements SyncListener {

  /** Pushes and pulls of more items than this get a bar. */
  public static final int THRESHOLD = 50;
  private static final int DEFAULT_WIDTH = 100;

  private final String device;
  private final PrintWriter out;
  private final int width;
  /** The bar on screen, or null; events come from the syncing threads, so access is synchronized. */
  private ProgressBar bar;

  private ProgressBars(String device, PrintWriter out, int width) {
    this.device = device;
    this.out = out;
    this.width = width;
  }

  /** Bars for this device's syncs, drawn on {@code out}, as wide as the terminal ({@code COLUMNS}) allows. */
  public static ProgressBars on(String device, PrintWriter out) {
    return new ProgressBars(device, out, terminalWidth());
  }

  /** A listener that draws nothing. */
  public static SyncListener none() {
    return event -> { };
  }

  @Override
  public synchronized void onEvent(SyncEvent event) {
    if (event instanceof SyncEvent.PushStarted started && started.operations() > THRESHOLD) {
      open(device + " push", started.operations());
    } else if (event instanceof SyncEvent.PushItem && bar != null) {
      bar.step();
    } else if (event instanceof SyncEvent.ItemsFetched fetched && bar == null && fetched.total() > THRESHOLD) {
      open(device + " pull " + fetched.table(), fetched.total());
    } else if (event instanceof SyncEvent.ItemsCommitted committed && bar != null) {
      bar.stepTo(committed.committed());
    } else if (event instanceof SyncEvent.PushEnded || event instanceof SyncEvent.PullEnded
        || event instanceof SyncEvent.PullFailed) {
      close();
    }
  }

  private void open(String task, long max) {
    close();
    bar = new ProgressBarBuilder()
        .setTaskName(task)
        .setInitialMax(max)
        .setStyle(ProgressBarStyle.ASCII)
        .setUpdateIntervalMillis(100)
        .setConsumer(new WriterConsumer(out, width))
        .build();
  }

  private void close() {
    if (bar != null) {
      bar.close();
      bar = null;
    }
  }

  private static int terminalWidth() {
    try {
      int columns = Integer.parseInt(System.getenv().getOrDefault("COLUMNS", ""));
      return Math.max(40, Math.min(columns - 1, 140));
    } catch (NumberFormatException e) {
      return DEFAULT_WIDTH;
    }
  }
}
