package dev.offsync.spring.boot;

import static org.assertj.core.api.Assertions.assertThat;

import dev.offsync.OfflineTable;
import dev.offsync.SyncClient;
import dev.offsync.server.RepositoryProvider;
import dev.offsync.server.memory.MemoryRepository;
import dev.offsync.spring.boot.testapp.AppProperties;
import dev.offsync.spring.boot.testapp.Task;
import dev.offsync.spring.boot.testapp.TaskTable;
import dev.offsync.spring.boot.testapp.TestApp;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;

/**
 * A table whose rows live in the application's repository, chosen by a {@link RepositoryProvider} bean: two
 * Offsync clients sync through it, and the application's database holds no table for it.
 */
@SpringBootTest(classes = TestApp.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {"offsync.tables=dev.offsync.spring.boot.testapp.Task", AppProperties.WITHOUT_SECURITY})
@Import(RepositoryIT.MemoryTasks.class)
class RepositoryIT extends RunningAppTest {

  @Autowired
  MemoryRepository tasks;

  @Test
  void twoDevicesSyncThroughAMemoryRepository() {
    SyncClient phone = device("phone", "", null, TaskTable.DEFINITION);
    SyncClient laptop = device("laptop", "", null, TaskTable.DEFINITION);
    OfflineTable<Task> onPhone = phone.table(TaskTable.DEFINITION);
    OfflineTable<Task> onLaptop = laptop.table(TaskTable.DEFINITION);

    onPhone.insert(Task.of("t1", "Buy milk"));
    onPhone.insert(Task.of("t2", "Call Ann"));
    assertThat(phone.push().isComplete()).isTrue();
    assertThat(tasks.size()).isEqualTo(2);
    onLaptop.pull();
    assertThat(onLaptop.get("t1").orElseThrow().title()).isEqualTo("Buy milk");

    onLaptop.update(onLaptop.get("t1").orElseThrow().withTitle("Buy oat milk"));
    onLaptop.delete(onLaptop.get("t2").orElseThrow());
    assertThat(laptop.push().isComplete()).isTrue();
    onPhone.pull();
    assertThat(onPhone.get("t1").orElseThrow().title()).isEqualTo("Buy oat milk");
    assertThat(onPhone.get("t2")).isEmpty();
    assertThat(tasks.find("t1").orElseThrow().values()).containsEntry("title", "Buy oat milk");
    assertThat(appDatabase().queryForObject("SELECT COUNT(*) FROM sqlite_master WHERE name = 'tasks'",
        Integer.class)).isZero();
  }

  /** The application's choice: tasks in memory. */
  @TestConfiguration(proxyBeanMethods = false)
  static class MemoryTasks {

    @Bean
    MemoryRepository memoryTasks() {
      return new MemoryRepository();
    }

    @Bean
    RepositoryProvider repositories(MemoryRepository memoryTasks) {
      return table -> table.name().equals("tasks") ? memoryTasks : null;
    }
  }
}
