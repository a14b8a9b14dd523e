package dev.offsync.sample.console;

import java.io.PrintWriter;
import me.tongfei.progressbar.ProgressBarConsumer;

/**
 * Draws a progress bar on a {@link PrintWriter}: each frame overwrites the last one ({@code \r}), and closing
 * ends the line. The writer is the command's own output, so bars and text keep their order.
 */
final class WriterConsumer implements ProgressBarConsumer {

  private final PrintWriter out;
  private final int width;

  WriterConsumer(PrintWriter out, int width) {
    this.out = out;
    this.width = width;
  }

  @Override
  public int getMaxRenderedLength() {
    return width;
  }

  @Override
  public void accept(String rendered) {
    out.print('\r');
    out.print(rendered);
    out.flush();
  }

  @Override
  public void close() {
    out.println();
    out.flush();
  }
}
