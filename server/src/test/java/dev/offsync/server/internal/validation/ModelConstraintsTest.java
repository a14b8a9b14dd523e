package dev.offsync.server.internal.validation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.offsync.server.model.Note;
import dev.offsync.server.model.TodoItem;
import org.junit.jupiter.api.Test;

class ModelConstraintsTest {

  @Test
  void findsConstraintsOnRecordComponentsAndNotOnPlainModels() {
    assertThat(ModelConstraints.declaredOn(Note.class)).isTrue();
    assertThat(ModelConstraints.declaredOn(TodoItem.class)).isFalse();
  }

  @Test
  void findsConstraintsOfASuperclass() {
    assertThat(ModelConstraints.declaredOn(Child.class)).isTrue();
  }

  @Test
  void seesHibernateValidatorOnTheTestClassPath() {
    assertThat(ModelConstraints.validatorAvailable()).isTrue();
  }

  static class Parent {
    @jakarta.validation.constraints.NotNull String name;
  }

  static class Child extends Parent {
    int size;
  }
}
