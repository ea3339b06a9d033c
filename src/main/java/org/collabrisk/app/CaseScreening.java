package org.collabrisk.app;

import org.collabrisk.app.common.TaskRunner;
import org.collabrisk.domain.ListVersion;
import org.collabrisk.domain.ResearchCase;
import org.collabrisk.domain.ScreeningHit;

import java.nio.file.Path;
import java.util.List;

/** What the app needs from screening and the stored lists. Called off the FX thread only. */
public interface CaseScreening {

    /** Hits for the case's people and affiliations against every loaded list (empty when no list is loaded). */
    List<ScreeningHit> screen(ResearchCase researchCase);

    /** The lists loaded in the database, newest first. */
    List<ListVersion> loadedLists();

    /**
     * Imports a list file (all or nothing), reporting progress and stopping when the user cancels.
     *
     * @throws java.util.concurrent.CancellationException when cancelled (nothing is stored)
     */
    ImportedList importList(Path file, TaskRunner.Progress progress) throws Exception;

    /**
     * An import's result: the list version, whether the same file was already in the database, and what
     * re-screening the saved cases found (one sentence, empty when nothing was re-screened).
     */
    record ImportedList(ListVersion version, boolean alreadyImported, String rescreening) {
    }
}
