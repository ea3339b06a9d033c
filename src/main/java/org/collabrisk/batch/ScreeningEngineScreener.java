package org.collabrisk.batch;

/**
 * Adapts the screening engine ({@code org.collabrisk.screening}) to {@link NameScreener}. Completed when the
 * screening engine is merged; until then loading lists reports that the engine is missing.
 */
public final class ScreeningEngineScreener {

    private ScreeningEngineScreener() {
    }

    /** Loads list files with the engine's importers and builds its index. */
    public static ScreenerFactory factory() {
        return lists -> {
            throw new IllegalStateException("the screening engine (org.collabrisk.screening) is not merged yet");
        };
    }
}
