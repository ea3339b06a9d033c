package org.collabrisk.app;

import org.collabrisk.domain.ResearchCase;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The sample cases shipped in the jar (copied from {@code assets/samples} to {@code org/collabrisk/samples/} by
 * the build). Read through the same strict reader as any case file.
 */
public final class SampleCases {

    public static final String RESOURCE_FOLDER = "org/collabrisk/samples";

    private final CaseFiles files;

    public SampleCases(CaseFiles files) {
        this.files = files;
    }

    /** Every sample, sorted by file name; empty when the build has none. */
    public List<ResearchCase> load() throws IOException {
        URL url = SampleCases.class.getClassLoader().getResource(RESOURCE_FOLDER);
        if (url == null) {
            return List.of();
        }
        URI uri;
        try {
            uri = url.toURI();
        } catch (URISyntaxException e) {
            throw new IOException("bad sample location " + url, e);
        }
        if ("jar".equals(uri.getScheme())) {
            FileSystem fs;
            boolean close = false;
            try {
                fs = FileSystems.newFileSystem(uri, Map.of());
                close = true;
            } catch (FileSystemAlreadyExistsException e) {
                fs = FileSystems.getFileSystem(uri);
            }
            try {
                return readAll(fs.getPath(RESOURCE_FOLDER));
            } finally {
                if (close) {
                    fs.close();
                }
            }
        }
        return readAll(Path.of(uri));
    }

    private List<ResearchCase> readAll(Path folder) throws IOException {
        List<Path> jsons;
        try (Stream<Path> s = Files.list(folder)) {
            jsons = s.filter(p -> p.getFileName().toString().endsWith(".json")).sorted().toList();
        }
        List<ResearchCase> out = new ArrayList<>();
        for (Path p : jsons) {
            out.add(files.read(p));
        }
        return out;
    }
}
