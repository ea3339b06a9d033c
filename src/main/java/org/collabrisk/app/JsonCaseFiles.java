package org.collabrisk.app;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import org.collabrisk.domain.Assessment;
import org.collabrisk.domain.InvalidInputException;
import org.collabrisk.domain.ResearchCase;
import org.collabrisk.exchange.Json;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Case files through the shared strict mapper. Writes go to a temporary file first, then replace the target, so a
 * failed save never leaves half a file.
 */
public final class JsonCaseFiles implements CaseFiles {

    @Override
    public ResearchCase read(Path file) throws IOException {
        try {
            ResearchCase c;
            try (java.io.InputStream in = Files.newInputStream(file)) {
                c = Json.mapper().readValue(in, ResearchCase.class);
            }
            if (c.formatVersion() != ResearchCase.FORMAT_VERSION) {
                throw new InvalidInputException(file + ": formatVersion " + c.formatVersion()
                        + " is not supported (expected " + ResearchCase.FORMAT_VERSION + ")");
            }
            return c;
        } catch (JsonMappingException e) {
            throw new InvalidInputException(file + describe(e), e);
        } catch (JsonProcessingException e) {
            throw new InvalidInputException(file + describe(e), e);
        }
    }

    private static String describe(JsonProcessingException e) {
        StringBuilder sb = new StringBuilder();
        if (e.getLocation() != null) {
            sb.append(" line ").append(e.getLocation().getLineNr()).append(", column ")
                    .append(e.getLocation().getColumnNr());
        }
        if (e instanceof JsonMappingException m && !m.getPath().isEmpty()) {
            sb.append(": ").append(pathOf(m));
        }
        Throwable root = e;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        String msg = root instanceof InvalidInputException ? root.getMessage() : e.getOriginalMessage();
        sb.append(": ").append(msg == null ? "invalid content" : msg.split("\n")[0]);
        return sb.toString();
    }

    private static String pathOf(JsonMappingException m) {
        StringBuilder p = new StringBuilder();
        for (JsonMappingException.Reference r : m.getPath()) {
            if (r.getFieldName() != null) {
                if (p.length() > 0) {
                    p.append('.');
                }
                p.append(r.getFieldName());
            } else if (r.getIndex() >= 0) {
                p.append('[').append(r.getIndex()).append(']');
            }
        }
        return p.toString();
    }

    @Override
    public void write(ResearchCase researchCase, Path file) throws IOException {
        writeAtomically(file, Json.mapper().writeValueAsBytes(researchCase));
    }

    @Override
    public void writeAssessment(Assessment assessment, Path file) throws IOException {
        writeAtomically(file, Json.mapper().writeValueAsBytes(assessment));
    }

    static void writeAtomically(Path file, byte[] content) throws IOException {
        Path target = file.toAbsolutePath();
        Path tmp = Files.createTempFile(target.getParent(), ".collabrisk-", ".tmp");
        try {
            Files.write(tmp, content);
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }
}
