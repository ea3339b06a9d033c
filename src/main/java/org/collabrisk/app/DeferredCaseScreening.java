package org.collabrisk.app;

import org.collabrisk.domain.ListVersion;
import org.collabrisk.domain.ResearchCase;
import org.collabrisk.domain.ScreeningHit;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/** Screening that waits (off the FX thread) for the database to open, like {@link DeferredCaseRepository}. */
public final class DeferredCaseScreening implements CaseScreening {

    private final CompletableFuture<CaseScreening> target = new CompletableFuture<>();

    public void open(CaseScreening screening) {
        target.complete(screening);
    }

    public void failed(Throwable error) {
        target.completeExceptionally(error);
    }

    private CaseScreening get() {
        return DesktopServices.await(target);
    }

    @Override
    public List<ScreeningHit> screen(ResearchCase researchCase) {
        return get().screen(researchCase);
    }

    @Override
    public List<ListVersion> loadedLists() {
        return get().loadedLists();
    }

    @Override
    public ImportedList importList(Path file, org.collabrisk.app.common.TaskRunner.Progress progress) throws Exception {
        return get().importList(file, progress);
    }
}
