package org.collabrisk.batch;

import org.collabrisk.domain.ListVersion;

import java.util.List;

/**
 * What batch screening needs from the screening engine: a thread-safe name search over loaded lists and the
 * versions of those lists (for the report and the audit record). {@link ScreeningEngineScreener} adapts the
 * engine's {@code ScreeningIndex}; tests use small hand-made screeners.
 */
public interface NameScreener {

    /**
     * Hits for one name at or above {@code threshold}, best first: a {@link NameKind#PERSON} query against listed
     * people, an {@link NameKind#ORGANISATION} query against organisations. Must be safe to call from several threads.
     */
    List<ScreenedMatch> search(String query, double threshold, NameKind kind);

    /** The lists searched, with source, as-of date, row count and SHA-256. */
    List<ListVersion> listVersions();
}
