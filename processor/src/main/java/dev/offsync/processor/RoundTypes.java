package dev.offsync.processor;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Elements;

/**
 * The types a step handles in a round: those deferred from earlier rounds, then this round's annotated ones, each
 * once over the whole build. Steps remember names, not elements, because elements do not outlive their round.
 */
final class RoundTypes {

  private final Elements elements;
  private final String annotation;
  private final Set<String> deferred = new LinkedHashSet<>();
  private final Set<String> done = new LinkedHashSet<>();

  RoundTypes(Elements elements, String annotation) {
    this.elements = elements;
    this.annotation = annotation;
  }

  /** The types to handle now; each is marked handled unless {@link #defer deferred} again. */
  List<TypeElement> next(RoundEnvironment round) {
    Set<String> names = new LinkedHashSet<>(deferred);
    deferred.clear();
    TypeElement annotationType = elements.getTypeElement(annotation);
    if (annotationType != null) {
      for (Element element : round.getElementsAnnotatedWith(annotationType)) {
        names.add(((TypeElement) element).getQualifiedName().toString());
      }
    }
    return names.stream()
        .filter(done::add)
        .map(elements::getTypeElement)
        .filter(type -> type != null)
        .toList();
  }

  /** Hands the type to the next round. */
  void defer(TypeElement type) {
    done.remove(type.getQualifiedName().toString());
    deferred.add(type.getQualifiedName().toString());
  }

  /** The deferred types, emptied: what is still unresolved when processing is over. */
  List<TypeElement> takeDeferred() {
    List<TypeElement> types = deferred.stream().map(elements::getTypeElement).filter(t -> t != null).toList();
    deferred.clear();
    return types;
  }
}
