package dev.offsync.sample.cli;

import picocli.CommandLine.IVersionProvider;

/** The version {@code --version} prints: the jar's, or {@code development} when run from classes. */
public final class Versions implements IVersionProvider {

  @Override
  public String[] getVersion() {
    String version = Versions.class.getPackage().getImplementationVersion();
    return new String[] {"Offsync sample " + (version == null ? "(development build)" : version)};
  }
}
