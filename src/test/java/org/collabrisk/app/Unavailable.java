package org.collabrisk.app;

import org.collabrisk.app.common.TaskRunner;
import org.collabrisk.domain.Assessment;
import org.collabrisk.domain.ListVersion;
import org.collabrisk.domain.ResearchCase;
import org.collabrisk.domain.RuleSetRef;
import org.collabrisk.domain.ScreeningHit;

import java.nio.file.Path;
import java.util.List;

/** Stand-ins for services a build does not have: they say so in one sentence instead of pretending. */
public final class Unavailable {
    private Unavailable() {
    }

    public static CaseAssessor assessor() {
        return new CaseAssessor() {
            @Override
            public List<RuleSetRef> ruleSets() {
                return List.of();
            }

            @Override
            public Assessment assess(ResearchCase c, String ruleSetId) {
                throw new IllegalStateException("the evaluator is not part of this build");
            }
        };
    }

    public static CaseScreening screening() {
        return new CaseScreening() {
            @Override
            public List<ScreeningHit> screen(ResearchCase c) {
                return List.of();
            }

            @Override
            public List<ListVersion> loadedLists() {
                return List.of();
            }

            @Override
            public ImportedList importList(Path file, TaskRunner.Progress progress) {
                throw new IllegalStateException("list import is not part of this build");
            }
        };
    }
}
