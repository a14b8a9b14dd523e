package dev.offsync.spring.boot;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.beans.Introspector;
import java.beans.PropertyDescriptor;
import java.io.InputStream;
import java.net.URL;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The starter's jar describes its {@code offsync.*} properties for IDEs: {@code META-INF/spring-configuration-
 * metadata.json} lists each property of {@link OffsyncProperties}, no other, each with a description. An IT, so
 * that it reads the packaged jar.
 */
class ConfigurationMetadataIT {

  private static final String METADATA = "META-INF/spring-configuration-metadata.json";

  @Test
  void theJarListsEveryPropertyOfTheClassWithADescription() throws Exception {
    URL url = OffsyncProperties.class.getClassLoader().getResource(METADATA);
    assertThat(url).as(METADATA).isNotNull();
    assertThat(url.toString()).as("read from the starter's jar")
        .startsWith("jar:").contains("offsync-spring-boot-starter");
    JsonNode metadata;
    try (InputStream in = url.openStream()) {
      metadata = new ObjectMapper().readTree(in);
    }
    List<String> listed = new ArrayList<>();
    for (JsonNode property : metadata.get("properties")) {
      listed.add(property.get("name").asText());
      assertThat(property.path("description").asText()).as(property.get("name").asText()).isNotBlank();
      assertThat(property.get("sourceType").asText()).isEqualTo(OffsyncProperties.class.getName());
    }
    assertThat(listed).containsExactlyInAnyOrderElementsOf(propertiesOf(OffsyncProperties.class));
  }

  /** The {@code offsync.*} names of the class's read-write properties, in Spring's kebab case. */
  private static List<String> propertiesOf(Class<?> type) throws Exception {
    return Arrays.stream(Introspector.getBeanInfo(type, Object.class).getPropertyDescriptors())
        .filter(p -> p.getReadMethod() != null && p.getWriteMethod() != null)
        .map(PropertyDescriptor::getName)
        .map(name -> "offsync." + name.chars().mapToObj(c -> Character.isUpperCase(c)
            ? "-" + Character.toLowerCase((char) c) : String.valueOf((char) c)).collect(Collectors.joining()))
        .toList();
  }
}
