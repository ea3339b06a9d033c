package org.collabrisk.exchange;

import com.fasterxml.jackson.databind.JsonNode;
import org.collabrisk.domain.Artifact;
import org.collabrisk.domain.ArtifactKind;
import org.collabrisk.domain.Channel;
import org.collabrisk.domain.DerivedFrom;
import org.collabrisk.domain.Encryption;
import org.collabrisk.domain.Paper;
import org.collabrisk.domain.Person;
import org.collabrisk.domain.PublicationRestrictions;
import org.collabrisk.domain.ResearchCase;
import org.collabrisk.domain.Stage;
import org.collabrisk.domain.UsStatus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.InputStream;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The shipped JSON Schema must describe exactly what the reader accepts: same fields, same enum values. */
class CaseSchemaTest {

    static JsonNode schema() throws Exception {
        try (InputStream in = CaseSchemaTest.class.getResourceAsStream("/org/collabrisk/schema/case-v1.schema.json")) {
            return Json.mapper().readTree(in);
        }
    }

    static Stream<Arguments> objects() {
        return Stream.of(
                Arguments.of(ResearchCase.class, ""),
                Arguments.of(Paper.class, "/$defs/paper"),
                Arguments.of(Person.class, "/$defs/person"),
                Arguments.of(Artifact.class, "/$defs/artifact"),
                Arguments.of(DerivedFrom.class, "/$defs/artifact/properties/derivedFrom/oneOf/1"));
    }

    @ParameterizedTest
    @MethodSource("objects")
    void schemaListsEveryFieldOfTheRecord(Class<? extends Record> type, String pointer) throws Exception {
        JsonNode props = schema().at(pointer + "/properties");
        Set<String> inSchema = new TreeSet<>();
        props.fieldNames().forEachRemaining(inSchema::add);
        Set<String> inRecord = new TreeSet<>();
        for (RecordComponent rc : type.getRecordComponents()) {
            inRecord.add(rc.getName());
        }
        assertEquals(inRecord, inSchema);
    }

    static Stream<Arguments> enums() {
        return Stream.of(
                Arguments.of(Stage.class, "/$defs/paper/properties/stage/enum"),
                Arguments.of(PublicationRestrictions.class, "/$defs/paper/properties/publicationRestrictions/enum"),
                Arguments.of(UsStatus.class, "/$defs/person/properties/usStatus/enum"),
                Arguments.of(ArtifactKind.class, "/$defs/artifact/properties/kind/enum"),
                Arguments.of(Encryption.class, "/$defs/artifact/properties/encryption/enum"),
                Arguments.of(Channel.class, "/$defs/artifact/properties/channel/enum"));
    }

    @ParameterizedTest
    @MethodSource("enums")
    void schemaEnumsMatchTheJavaEnums(Class<? extends Enum<?>> type, String pointer) throws Exception {
        List<String> inSchema = new ArrayList<>();
        schema().at(pointer).forEach(n -> {
            if (!n.isNull()) {
                inSchema.add(n.asText());
            }
        });
        assertEquals(Arrays.stream(type.getEnumConstants()).map(Enum::name).toList(), inSchema);
    }

    @Test
    void everyPropertyIsClosed() throws Exception {
        assertEquals(false, schema().path("additionalProperties").asBoolean(true));
        for (String d : List.of("paper", "person", "artifact")) {
            assertEquals(false, schema().at("/$defs/" + d + "/additionalProperties").asBoolean(true), d);
        }
    }
}
