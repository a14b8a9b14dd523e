package dev.offsync.spring.boot;

import static org.assertj.core.api.Assertions.assertThat;

import dev.offsync.operations.FailedOperation;
import dev.offsync.OfflineTable;
import dev.offsync.PushResult;
import dev.offsync.SyncClient;
import dev.offsync.spring.boot.testapp.AppProperties;
import dev.offsync.spring.boot.testapp.Task;
import dev.offsync.spring.boot.testapp.TaskTable;
import dev.offsync.spring.boot.testapp.TestApp;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * A Spring Boot application on a real port serves its {@code @SyncTable} class through the starter, and two
 * Offsync clients go through a whole offline cycle with it: insert offline, push, pull on the other device,
 * update, and a conflict that the app settles.
 */
@SpringBootTest(classes = TestApp.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {"offsync.tables=dev.offsync.spring.boot.testapp.Task", AppProperties.WITHOUT_SECURITY})
class OfflineCycleIT extends RunningAppTest {

  @Test
  void twoDevicesSyncThroughTheApplicationsDataSource() {
    SyncClient phone = device("phone", "", null, TaskTable.DEFINITION);
    SyncClient laptop = device("laptop", "", null, TaskTable.DEFINITION);
    OfflineTable<Task> onPhone = phone.table(TaskTable.DEFINITION);
    OfflineTable<Task> onLaptop = laptop.table(TaskTable.DEFINITION);

    onPhone.insert(Task.of("t1", "Buy milk"));
    assertThat(onPhone.pendingOperationCount()).isEqualTo(1);
    assertThat(laptop.remoteTable(TaskTable.DEFINITION).get("t1")).isEmpty();

    assertThat(phone.push().isComplete()).isTrue();
    assertThat(titleInAppDatabase("t1")).isEqualTo("Buy milk");
    onLaptop.pull();
    assertThat(onLaptop.get("t1").orElseThrow().title()).isEqualTo("Buy milk");

    onLaptop.update(onLaptop.get("t1").orElseThrow().withTitle("Buy oat milk"));
    assertThat(laptop.push().isComplete()).isTrue();
    onPhone.pull();
    assertThat(onPhone.get("t1").orElseThrow().title()).isEqualTo("Buy oat milk");
  }

  @Test
  void aConflictReachesTheAppWithTheServersCopy() {
    SyncClient phone = device("phone", "", null, TaskTable.DEFINITION);
    SyncClient laptop = device("laptop", "", null, TaskTable.DEFINITION);
    OfflineTable<Task> onPhone = phone.table(TaskTable.DEFINITION);
    OfflineTable<Task> onLaptop = laptop.table(TaskTable.DEFINITION);
    onPhone.insert(Task.of("t2", "Call Ann"));
    phone.push();
    onLaptop.pull();

    onPhone.update(onPhone.get("t2").orElseThrow().withTitle("Call Ann at 5"));
    onLaptop.update(onLaptop.get("t2").orElseThrow().withTitle("Call Ann at 6"));
    assertThat(laptop.push().isComplete()).isTrue();
    PushResult result = phone.push();

    assertThat(result.failed()).singleElement().extracting(FailedOperation::status).isEqualTo(412);
    onPhone.keepServerCopy(result.failed().get(0).operation());
    assertThat(onPhone.get("t2").orElseThrow().title()).isEqualTo("Call Ann at 6");
    assertThat(onPhone.pendingOperations()).isEmpty();
    assertThat(titleInAppDatabase("t2")).isEqualTo("Call Ann at 6");
  }

  private String titleInAppDatabase(String id) {
    return appDatabase().queryForObject("SELECT title FROM tasks WHERE id = ?", String.class, id);
  }
}
