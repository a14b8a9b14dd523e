package dev.offsync.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/** Each rule of {@link TableValidator} on a {@code bad/} fixture: the message, the file and the line. */
class TableValidatorTest {

  @Test
  void missingId() {
    expectError("MissingId", Diagnostics.missingId("MissingId"), "public record MissingId(");
  }

  @Test
  void twoIds() {
    expectError("TwoIds", Diagnostics.duplicateSystemProperty(TypeNames.ID, "otherId", "id"), "@Id String otherId");
  }

  @Test
  void idNotString() {
    expectError("IdNotString", Diagnostics.wrongSystemType(SystemRole.ID, "id", "int"), "@Id int id");
  }

  @Test
  void systemPropertiesOfTheWrongType() {
    Compilation compilation = TestCompiler.compileResources("bad/SystemPropertyTypes.java");
    JavaFileObject file = TestCompiler.resource("bad/SystemPropertyTypes.java");
    assertThat(compilation).hadErrorCount(3);
    assertThat(compilation).hadErrorContaining(Diagnostics.wrongSystemType(SystemRole.UPDATED_AT, "updatedAt", "long"))
        .inFile(file).onLineContaining("@UpdatedAt long updatedAt");
    assertThat(compilation).hadErrorContaining(Diagnostics.wrongSystemType(SystemRole.VERSION, "version", "int"))
        .inFile(file).onLineContaining("@Version int version");
    assertThat(compilation)
        .hadErrorContaining(Diagnostics.wrongSystemType(SystemRole.DELETED, "deleted", "java.lang.String"))
        .inFile(file).onLineContaining("@Deleted String deleted");
  }

  @Test
  void duplicatedSystemProperties() {
    Compilation compilation = TestCompiler.compileResources("bad/DuplicateSystemProperties.java");
    JavaFileObject file = TestCompiler.resource("bad/DuplicateSystemProperties.java");
    assertThat(compilation).hadErrorCount(3);
    assertThat(compilation)
        .hadErrorContaining(Diagnostics.duplicateSystemProperty(TypeNames.UPDATED_AT, "changedAt", "updatedAt"))
        .inFile(file).onLineContaining("@UpdatedAt OffsetDateTime changedAt");
    assertThat(compilation).hadErrorContaining(Diagnostics.duplicateSystemProperty(TypeNames.VERSION, "etag",
        "version")).inFile(file).onLineContaining("@Version String etag");
    assertThat(compilation).hadErrorContaining(Diagnostics.duplicateSystemProperty(TypeNames.DELETED, "removed",
        "deleted")).inFile(file).onLineContaining("@Deleted Boolean removed");
  }

  @Test
  void inheritedFieldThatGeneratedCodeCannotSeeIsReportedOnTheTable() {
    Compilation compilation = TestCompiler.compileResources("bad/HiddenInheritedField.java",
        "bad/base/HiddenBase.java");
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation).hadErrorContaining(Diagnostics.inheritedFieldNotVisible("id", "bad.base.HiddenBase",
        "bad")).inFile(TestCompiler.resource("bad/HiddenInheritedField.java"))
        .onLineContaining("public class HiddenInheritedField");
  }

  @Test
  void rawGenericSuperclassLeavesTheInheritedFieldUntyped() {
    Compilation compilation = TestCompiler.compileResources("bad/RawGenericBase.java", "bad/base/Keyed.java");
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation).hadErrorContaining(Diagnostics.wrongSystemType(SystemRole.ID, "id", "java.lang.Object"))
        .inFile(TestCompiler.resource("bad/base/Keyed.java")).onLineContaining("@Id public K id");
  }

  @Test
  void converterOfAnotherTypeOrNoConverterAtAll() {
    Compilation compilation = TestCompiler.compileResources("bad/ConverterWrongTypes.java");
    JavaFileObject file = TestCompiler.resource("bad/ConverterWrongTypes.java");
    assertThat(compilation).hadErrorCount(2);
    assertThat(compilation).hadErrorContaining(Diagnostics.converterWrongTypes("tags", "bad.ConverterWrongTypes.Upper",
        "java.lang.String", "java.util.List<java.lang.String>")).inFile(file)
        .onLineContaining("@Convert(ConverterWrongTypes.Upper.class) List<String> tags");
    assertThat(compilation).hadErrorContaining(Diagnostics.notAConverter("scores", "java.lang.String")).inFile(file)
        .onLineContaining("@Convert(String.class) List<Integer> scores");
  }

  @Test
  void converterOnASystemProperty() {
    expectError("ConvertedSystemProperty", Diagnostics.convertedSystemProperty("id", TypeNames.ID),
        "(@Id @Convert(ConvertedSystemProperty.Same.class) String id)");
  }

  @Test
  void unsupportedTypeNamesTheTypeAndTheSupportedList() {
    expectError("UnsupportedType", Diagnostics.unsupportedType("tags", "java.util.List<java.lang.String>"),
        "List<String> tags");
  }

  @Test
  void duplicateColumnAfterRenameIgnoringCase() {
    expectError("DuplicateColumn", Diagnostics.duplicateColumn("Title", "Title", "heading"), "String Title");
  }

  @Test
  void invalidTableName() {
    expectError("InvalidTableName", Diagnostics.invalidTableName("Todo Items", false), "@SyncTable(\"Todo Items\")");
  }

  @Test
  void invalidDefaultedTableName() {
    expectError("DefaultTableName", Diagnostics.invalidTableName("defaulttablename$v2", true), "@SyncTable");
  }

  @Test
  void onInterface() {
    expectError("OnInterface", Diagnostics.notClassOrRecord("OnInterface", "an interface"), "interface OnInterface");
  }

  @Test
  void onEnum() {
    expectError("OnEnum", Diagnostics.notClassOrRecord("OnEnum", "an enum"), "enum OnEnum");
  }

  @Test
  void onAbstractClass() {
    expectError("AbstractClass", Diagnostics.abstractType("AbstractClass"), "abstract class AbstractClass");
  }

  @Test
  void onInnerClass() {
    expectError("InnerClass", Diagnostics.innerClass("Item"), "public class Item");
  }

  @Test
  void onPrivateNestedClass() {
    expectError("PrivateNested", Diagnostics.privateType("Hidden"), "private static class Hidden");
  }

  @Test
  void onGenericClass() {
    expectError("GenericType", Diagnostics.genericType("GenericType"), "class GenericType<T>");
  }

  @Test
  void noAccessibleConstructor() {
    expectError("NoConstructor", Diagnostics.noConstructor("NoConstructor"), "public class NoConstructor");
  }

  @Test
  void finalFieldWithoutSetter() {
    expectError("FinalField", Diagnostics.noSetter("title", "setTitle(String)", true), "public final String title");
  }

  @Test
  void privateFieldsNeedAGetterAndASetter() {
    Compilation compilation = TestCompiler.compileResources("bad/PrivateField.java");
    JavaFileObject file = TestCompiler.resource("bad/PrivateField.java");
    assertThat(compilation).hadErrorCount(3);
    assertThat(compilation).hadErrorContaining(Diagnostics.noGetter("title", "getTitle"))
        .inFile(file).onLineContaining("private String title");
    assertThat(compilation).hadErrorContaining(Diagnostics.noSetter("title", "setTitle(String)", false))
        .inFile(file).onLineContaining("private String title");
    assertThat(compilation).hadErrorContaining(Diagnostics.noGetter("done", "isDone"))
        .inFile(file).onLineContaining("private boolean done");
  }

  @Test
  void reservedColumnNames() {
    Compilation compilation = TestCompiler.compileResources("bad/ReservedColumnName.java");
    JavaFileObject file = TestCompiler.resource("bad/ReservedColumnName.java");
    assertThat(compilation).hadErrorCount(2);
    assertThat(compilation).hadErrorContaining(Diagnostics.reservedColumnName("__state", "state"))
        .inFile(file).onLineContaining("@Column(name = \"__state\")");
    assertThat(compilation).hadErrorContaining(Diagnostics.reservedColumnName("__hidden", "__hidden"))
        .inFile(file).onLineContaining("String __hidden");
  }

  @Test
  void invalidColumnName() {
    expectError("InvalidColumnName", Diagnostics.invalidColumnName("due date", "dueDate"),
        "@Column(name = \"due date\")");
  }

  @Test
  void columnNamedLikeASystemProperty() {
    expectError("SystemColumnName", Diagnostics.systemColumnName("version", "version", SystemRole.VERSION),
        "String version");
  }

  @Test
  void columnLocalOnlyAndIndexAreNotAllowedOnSystemProperties() {
    Compilation compilation = TestCompiler.compileResources("bad/AnnotationsOnSystemProperty.java");
    JavaFileObject file = TestCompiler.resource("bad/AnnotationsOnSystemProperty.java");
    assertThat(compilation).hadErrorContaining(Diagnostics.notOnSystemProperty(TypeNames.COLUMN, "id", SystemRole.ID))
        .inFile(file).onLineContaining("@Id @Column");
    assertThat(compilation)
        .hadErrorContaining(Diagnostics.notOnSystemProperty(TypeNames.LOCAL_ONLY, "version", SystemRole.VERSION))
        .inFile(file).onLineContaining("@LocalOnly @Version");
    assertThat(compilation)
        .hadErrorContaining(Diagnostics.notOnSystemProperty(TypeNames.INDEX, "etag", SystemRole.VERSION))
        .inFile(file).onLineContaining("@Index @Version");
  }

  @Test
  void twoSystemRolesOnOneField() {
    expectError("TwoRoles", Diagnostics.twoSystemRoles("version", TypeNames.ID, TypeNames.VERSION),
        "@Version @Id String version");
  }

  @Test
  void ignoreOnARecordComponentWithAnotherAnnotation() {
    expectError("IgnoredComponent", Diagnostics.ignoredRecordComponent("cache", TypeNames.INDEX),
        "@Ignore @Index String cache");
  }

  @Test
  void annotationsOnStaticAndTransientFields() {
    Compilation compilation = TestCompiler.compileResources("bad/StaticColumn.java");
    JavaFileObject file = TestCompiler.resource("bad/StaticColumn.java");
    assertThat(compilation).hadErrorCount(2);
    assertThat(compilation).hadErrorContaining(Diagnostics.notAColumn("shared", "static", TypeNames.INDEX))
        .inFile(file).onLineContaining("static String shared");
    assertThat(compilation).hadErrorContaining(Diagnostics.notAColumn("cached", "transient", TypeNames.INDEX))
        .inFile(file).onLineContaining("transient String cached");
  }

  @Test
  void privateEnumType() {
    expectError("PrivateEnum", Diagnostics.inaccessibleType("color", "bad.PrivateEnum.Color"), "Color color");
  }

  @Test
  void typeAnnotationsDoNotHideASupportedType() {
    Compilation compilation = TestCompiler.compile(JavaFileObjects.forSourceLines("q.Annotated",
        "package q;",
        "import dev.offsync.annotations.*;",
        "import java.lang.annotation.*;",
        "@SyncTable",
        "public record Annotated(@Id @Annotated.Nullable String id, @Deleted @Annotated.Nullable Boolean deleted,",
        "    java.time.@Annotated.Nullable Instant seen) {",
        "  @Target(ElementType.TYPE_USE) @interface Nullable {}",
        "}"));
    assertThat(compilation).succeededWithoutWarnings();
  }

  private static void expectError(String fixture, String message, String line) {
    String path = "bad/" + fixture + ".java";
    Compilation compilation = TestCompiler.compileResources(path);
    assertThat(compilation).hadErrorContaining(message).inFile(TestCompiler.resource(path)).onLineContaining(line);
    assertThat(compilation).hadErrorCount(1);
  }
}
