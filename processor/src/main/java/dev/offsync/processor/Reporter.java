package dev.offsync.processor;

import java.io.PrintWriter;
import java.io.StringWriter;
import javax.annotation.processing.Messager;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;
import javax.tools.Diagnostic;

/** Reports errors on the narrowest element, annotation or annotation value, and counts them. */
final class Reporter {

  private final Messager messager;
  private int errors;

  Reporter(Messager messager) {
    this.messager = messager;
  }

  void error(String message, Element element) {
    error(message, element, null, null);
  }

  void error(String message, Element element, AnnotationMirror annotation) {
    error(message, element, annotation, null);
  }

  void error(String message, Element element, AnnotationMirror annotation, AnnotationValue value) {
    errors++;
    messager.printMessage(Diagnostic.Kind.ERROR, message, element, annotation, value);
  }

  /** Reports an exception the processor did not expect, on the type it was processing, with its stack trace. */
  void internalError(TypeElement type, RuntimeException e) {
    StringWriter trace = new StringWriter();
    e.printStackTrace(new PrintWriter(trace));
    error(Diagnostics.internalError(type.getQualifiedName().toString(), trace.toString()), type);
  }

  /** The number of errors reported so far; compare before and after a step to see whether it failed. */
  int errorCount() {
    return errors;
  }
}
