package org.collabrisk.app;

import org.collabrisk.domain.Assessment;
import org.collabrisk.domain.ResearchCase;

import java.io.IOException;
import java.nio.file.Path;

/** Reading and writing case files and exports. Called off the FX thread only. */
public interface CaseFiles {

    /** Reads a case file; bad content gives an {@link org.collabrisk.domain.InvalidInputException} naming the field. */
    ResearchCase read(Path file) throws IOException;

    void write(ResearchCase researchCase, Path file) throws IOException;

    void writeAssessment(Assessment assessment, Path file) throws IOException;
}
