package dev.offsync.android;

import java.util.TreeMap;
import javax.annotation.Priority;
import javax.inject.Inject;
import org.robolectric.internal.dependency.DependencyResolver;
import org.robolectric.pluginapi.Sdk;
import org.robolectric.plugins.DefaultSdkProvider;

/**
 * Robolectric's Android versions narrowed to API 34, the one framework jar this build resolves. Robolectric
 * otherwise loads the app package with the newest version it knows (API 35), whose jar it would have to
 * download. Registered in {@code META-INF/services}; the priority puts it before Robolectric's default.
 */
@Priority(1)
public final class FrameworkSdks extends DefaultSdkProvider {

  /** The API level of {@code org.robolectric:android-all:14-robolectric-10818077}. */
  public static final int API_LEVEL = 34;

  @Inject
  public FrameworkSdks(DependencyResolver resolver) {
    super(resolver);
  }

  @Override
  protected void populateSdks(TreeMap<Integer, Sdk> sdks) {
    super.populateSdks(sdks);
    sdks.keySet().removeIf(level -> level != API_LEVEL);
  }
}
