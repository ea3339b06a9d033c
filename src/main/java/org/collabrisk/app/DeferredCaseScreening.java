package org.collabrisk.app;

import org.collabrisk.domain.ListVersion;
import org.collabrisk.domain.ResearchCase;
import org.collabrisk.domain.ScreeningHit;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

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
        try {
            return target.get(60, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the database", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("The database could not be opened: "
                    + org.collabrisk.app.common.ErrorMessages.sentence(e.getCause()), e.getCause());
        } catch (TimeoutException e) {
            throw new IllegalStateException("The database did not open within 60 s", e);
        }
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
