package dev.offsync.server.internal.validation;

import java.lang.annotation.Annotation;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Finds Jakarta Bean Validation constraints on a model class without loading the validation API, so that
 * models without them cost nothing and the server runs without Hibernate Validator on the class path.
 */
public final class ModelConstraints {

  private static final String CONSTRAINT = "jakarta.validation.Constraint";
  private static final String PROVIDER = "org.hibernate.validator.HibernateValidator";

  private ModelConstraints() {}

  /**
   * Whether the class, its fields, methods or record components (or a superclass's) carry a constraint
   * annotation: one whose type is annotated {@code @jakarta.validation.Constraint}. Without the validation API
   * on the class path the JVM drops such annotations, and the answer is false.
   */
  public static boolean declaredOn(Class<?> type) {
    for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
      List<AnnotatedElement> elements = new ArrayList<>();
      elements.add(c);
      elements.addAll(Arrays.asList(c.getDeclaredFields()));
      elements.addAll(Arrays.asList(c.getDeclaredMethods()));
      RecordComponent[] components = c.getRecordComponents();
      if (components != null) {
        elements.addAll(Arrays.asList(components));
      }
      if (elements.stream().anyMatch(ModelConstraints::isConstrained)) {
        return true;
      }
    }
    return false;
  }

  /** Whether Hibernate Validator can be bootstrapped from the server's class path. */
  public static boolean validatorAvailable() {
    try {
      Class.forName(PROVIDER, false, ModelConstraints.class.getClassLoader());
      return true;
    } catch (ClassNotFoundException | LinkageError e) {
      return false;
    }
  }

  private static boolean isConstrained(AnnotatedElement element) {
    for (Annotation annotation : element.getAnnotations()) {
      for (Annotation meta : annotation.annotationType().getAnnotations()) {
        if (meta.annotationType().getName().equals(CONSTRAINT)) {
          return true;
        }
      }
    }
    return false;
  }
}
