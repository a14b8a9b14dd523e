package dev.offsync.android;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import dev.offsync.store.AndroidStoreContractCases;
import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.Test;
import org.junit.platform.launcher.EngineFilter;
import org.junit.platform.launcher.LauncherDiscoveryRequest;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;
import org.junit.platform.launcher.listeners.SummaryGeneratingListener;
import org.junit.platform.launcher.listeners.TestExecutionSummary;
import org.junit.runner.RunWith;
import org.robolectric.RobolectricTestRunner;
import org.robolectric.annotation.Config;

/**
 * The runtime's store contract suite (JUnit 5) against the Android store, run inside Robolectric's sandbox:
 * this JUnit 4 test launches the JUnit 5 cases on its own thread, where Android's SQLite classes work.
 */
@RunWith(RobolectricTestRunner.class)
@Config(sdk = FrameworkSdks.API_LEVEL)
public class AndroidStoreContractTest {

  /** The number of tests in {@code LocalStoreContract}; a change there shows up here. */
  private static final int CONTRACT_TESTS = 22;

  @Test
  public void theAndroidStorePassesTheStoreContract() {
    LauncherDiscoveryRequest request = LauncherDiscoveryRequestBuilder.request()
        .selectors(selectClass(AndroidStoreContractCases.class))
        .filters(EngineFilter.includeEngines("junit-jupiter"))
        .build();
    SummaryGeneratingListener listener = new SummaryGeneratingListener();
    LauncherFactory.create().execute(request, listener);
    TestExecutionSummary summary = listener.getSummary();

    StringWriter failures = new StringWriter();
    summary.printFailuresTo(new PrintWriter(failures), 20);
    assertThat(summary.getTotalFailureCount()).as(failures.toString()).isZero();
    assertThat(summary.getTestsSucceededCount()).isEqualTo(CONTRACT_TESTS);
  }
}
