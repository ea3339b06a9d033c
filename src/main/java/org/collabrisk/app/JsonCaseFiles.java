package org.collabrisk.app;

import org.collabrisk.domain.Assessment;
import org.collabrisk.domain.ResearchCase;
import org.collabrisk.exchange.AssessmentJson;
import org.collabrisk.exchange.AtomicFiles;
import org.collabrisk.exchange.CaseJson;

import java.nio.file.Path;

/**
 * Case files and assessment exports through the exchange codecs ({@link CaseJson}, {@link AssessmentJson}): the
 * same strict reading and messages as {@code collabrisk assess}, and writes that never leave half a file.
 */
public final class JsonCaseFiles implements CaseFiles {

    @Override
    public ResearchCase read(Path file) {
        return CaseJson.read(file);
    }

    @Override
    public void write(ResearchCase researchCase, Path file) {
        CaseJson.write(researchCase, file);
    }

    @Override
    public void writeAssessment(Assessment assessment, Path file) {
        AtomicFiles.writeString(file, AssessmentJson.write(assessment));
    }
}
