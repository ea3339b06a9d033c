package org.collabrisk.batch;

import org.collabrisk.screening.ListImporters;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;

/**
 * The same batch rules as {@link BatchScreenerTest}, with the real screening engine (importer, index, matcher)
 * over the hand-made custom list instead of the test double.
 */
class BatchScreenerEngineTest extends BatchScreenerTest {

    @Override
    NameScreener newScreener() {
        try (InputStream in = getClass().getResourceAsStream("custom_list.csv")) {
            return new ScreeningEngineScreener(List.of(ListImporters.importBytes(in.readAllBytes(), "custom_list.csv")));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    boolean listsCarryLicenceRequirements() {
        return false;
    }
}
