package org.collabrisk.batch;

import java.nio.file.Path;
import java.util.List;

/** Loads screening list files and builds a searchable {@link NameScreener} over them. */
@FunctionalInterface
public interface ScreenerFactory {

    /** @throws org.collabrisk.domain.InvalidInputException naming the file when a list cannot be read */
    NameScreener load(List<Path> listFiles);
}
