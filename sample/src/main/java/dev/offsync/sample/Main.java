package dev.offsync.sample;

import dev.offsync.sample.cli.Failures;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import picocli.CommandLine;

/**
 * The jar's entry point: {@code java -jar offsync-sample.jar} runs the demo, {@code ... demo --help} tells its
 * options, {@code ... todo --help} the CLI's.
 */
public final class Main {

  private Main() {}

  /** Runs the command line and exits with its code. */
  public static void main(String[] args) {
    Charset charset = System.console() == null ? Charset.defaultCharset() : System.console().charset();
    PrintWriter out = new PrintWriter(new java.io.OutputStreamWriter(System.out, charset), true);
    PrintWriter err = new PrintWriter(new java.io.OutputStreamWriter(System.err, charset), true);
    System.exit(execute(out, err, args));
  }

  /** Runs the command line with this output and error output; returns the exit code. */
  public static int execute(PrintWriter out, PrintWriter err, String... args) {
    CommandLine commandLine = commandLine();
    commandLine.setOut(out);
    commandLine.setErr(err);
    int code = commandLine.execute(args);
    out.flush();
    err.flush();
    return code;
  }

  /** The command line, with the sample's error handling and option parsing settings. */
  static CommandLine commandLine() {
    return new CommandLine(new SampleCommand())
        .setCaseInsensitiveEnumValuesAllowed(true)
        .setExecutionExceptionHandler(new Failures());
  }
}
