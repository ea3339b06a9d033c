package org.collabrisk.screening;

import org.collabrisk.domain.InvalidInputException;
import org.collabrisk.domain.ListVersion;
import org.collabrisk.domain.ScreeningList;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Reads a screening list file in any supported format, detected from its content (issue 3, item 1):
 * <ul>
 *   <li>trade.gov Consolidated Screening List CSV, 29 columns (and the older 28-column layout without {@code _id});</li>
 *   <li>trade.gov Consolidated Screening List JSON {@code {"results": [...]}};</li>
 *   <li>OFAC's legacy SDN CSV set: {@code sdn.csv} plus, when they sit next to it, {@code alt.csv}, {@code add.csv}
 *       and {@code sdn_comments.csv} (also the non-SDN {@code cons_prim.csv} set);</li>
 *   <li>a custom list CSV {@code name,aliases,country,list,notes}.</li>
 * </ul>
 * Each result records its source and format, its as-of date and where that date came from (in
 * {@link ListVersion#source()}), the number of rows and the SHA-256 of the file's bytes. Imports are all or nothing:
 * a row that cannot be read throws {@link InvalidInputException} naming the file and line.
 */
public final class ListImporters {

    private static final Pattern DATE_IN_NAME = Pattern.compile("(20\\d\\d|19\\d\\d)[-_.]?(0[1-9]|1[0-2])(?:[-_.]?(0[1-9]|[12]\\d|3[01]))?");

    private ListImporters() {
    }

    /** Imports every file, all or nothing: the first bad file throws, naming itself, and nothing is returned. */
    public static List<ScreeningList> importAll(List<Path> files) {
        List<ScreeningList> loaded = new java.util.ArrayList<>(files.size());
        for (Path f : files) {
            loaded.add(importFile(f));
        }
        return loaded;
    }

    /** Imports a list file from disk; for OFAC's {@code sdn.csv} the sibling files in the same folder are read too. */
    public static ScreeningList importFile(Path file) {
        String fileName = file.getFileName() == null ? file.toString() : file.getFileName().toString();
        byte[] bytes;
        LocalDate modified;
        try {
            if (Files.isDirectory(file)) {
                throw new InvalidInputException(file + ": is a folder; give the list file itself (for OFAC, its sdn.csv)");
            }
            if (Files.size(file) > ListSource.MAX_BYTES) {
                throw new InvalidInputException(file + ": the file is " + Files.size(file) / (1024 * 1024) + " MB, larger than any "
                        + "screening list (limit " + ListSource.MAX_BYTES / (1024 * 1024) + " MB); nothing was imported");
            }
            bytes = Files.readAllBytes(file);
            modified = LocalDate.ofInstant(Files.getLastModifiedTime(file).toInstant(), ZoneOffset.UTC);
        } catch (NoSuchFileException e) {
            throw new InvalidInputException(file + ": no such file");
        } catch (OutOfMemoryError e) {
            throw new InvalidInputException(file + ": the file is too large to be a screening list");
        } catch (IOException e) {
            throw new InvalidInputException(file + ": cannot be read (" + e.getMessage() + ")", e);
        }
        ListSource src = new ListSource(fileName, bytes, modified);
        String lower = fileName.toLowerCase(Locale.ROOT);
        String firstLine = src.text.lines().findFirst().orElse("");
        if (OfacSdnImporter.looksLikeSdn(firstLine) && !isOfacSibling(lower)) {
            String prefix = lower.startsWith("cons_") ? "cons_" : "";
            Path dir = file.toAbsolutePath().getParent();
            ListSource alt = sibling(dir, prefix.isEmpty() ? "alt.csv" : "cons_alt.csv");
            ListSource add = sibling(dir, prefix.isEmpty() ? "add.csv" : "cons_add.csv");
            ListSource comments = sibling(dir, prefix.isEmpty() ? "sdn_comments.csv" : "cons_comments.csv");
            return finish(src, OfacSdnImporter.read(src, alt, add, comments));
        }
        return importSource(src);
    }

    /**
     * Imports a list held in memory (for instance a list file stored in the database). OFAC's siblings cannot be
     * found this way: use {@link #importOfacSet} for a full OFAC set.
     */
    public static ScreeningList importBytes(byte[] content, String fileName) {
        return importSource(new ListSource(fileName == null ? "list" : fileName, content, null));
    }

    /** OFAC's legacy set from memory; {@code alt}, {@code add} and {@code comments} may be null. */
    public static ScreeningList importOfacSet(byte[] sdn, String sdnFileName, byte[] alt, byte[] add, byte[] comments) {
        ListSource src = new ListSource(sdnFileName, sdn, null);
        return finish(src, OfacSdnImporter.read(src,
                alt == null ? null : new ListSource("alt.csv", alt, null),
                add == null ? null : new ListSource("add.csv", add, null),
                comments == null ? null : new ListSource("sdn_comments.csv", comments, null)));
    }

    private static ScreeningList importSource(ListSource src) {
        String trimmed = src.text.stripLeading();
        String firstLine = src.text.lines().findFirst().orElse("");
        String lower = src.fileName.toLowerCase(Locale.ROOT);
        CslCsvImporter.Imported imported;
        if (trimmed.startsWith("{") || trimmed.startsWith("[")) {
            if (trimmed.startsWith("[")) {
                throw new InvalidInputException(src.fileName + " line 1: a JSON array is not a Consolidated Screening List file; "
                        + "expected an object {\"results\": [...]}");
            }
            imported = CslJsonImporter.read(src);
        } else if (CslCsvImporter.looksLikeCsl(firstLine)) {
            imported = CslCsvImporter.read(src);
        } else if (CustomListImporter.looksLikeCustom(firstLine)) {
            imported = CustomListImporter.read(src);
        } else if (isOfacSibling(lower)) {
            throw new InvalidInputException(src.fileName + ": this is one of OFAC's companion files; import sdn.csv "
                    + "(its alt.csv, add.csv and sdn_comments.csv are read from the same folder)");
        } else if (OfacSdnImporter.looksLikeSdn(firstLine)) {
            imported = OfacSdnImporter.read(src, null, null, null);
        } else {
            throw new InvalidInputException(src.fileName + " line 1: not a screening list this version can read: expected a "
                    + "Consolidated Screening List CSV (header '_id,source,entity_number,...') or JSON ({\"results\": [...]}), "
                    + "OFAC's sdn.csv (no header, rows like '36,\"NAME\",-0- ,...'), or a custom list with the header "
                    + "'name,aliases,country,list,notes'; found '" + CslCsvImporter.abbreviate(firstLine.strip(), 60) + "'");
        }
        return finish(src, imported);
    }

    private static boolean isOfacSibling(String lowerName) {
        return lowerName.matches("(cons_)?(alt|add|sdn_comments|comments)(\\.csv)?");
    }

    private static ListSource sibling(Path dir, String name) {
        if (dir == null) {
            return null;
        }
        try (var files = Files.list(dir)) {
            Path p = files.filter(f -> f.getFileName().toString().equalsIgnoreCase(name)).findFirst().orElse(null);
            if (p == null) {
                return null;
            }
            return new ListSource(p.getFileName().toString(), Files.readAllBytes(p), null);
        } catch (IOException e) {
            throw new InvalidInputException(dir.resolve(name) + ": cannot be read (" + e.getMessage() + ")", e);
        }
    }

    private static ScreeningList finish(ListSource src, CslCsvImporter.Imported imported) {
        LocalDate asOf;
        String basis;
        LocalDate fromName = dateInName(src.fileName);
        if (fromName != null) {
            asOf = fromName;
            basis = "the date in the file name";
        } else if (src.modified != null) {
            asOf = src.modified;
            basis = "the file's modification date";
        } else if (imported.latestContentDate() != null) {
            asOf = imported.latestContentDate();
            basis = "the latest start date in the file (the list is at least this recent)";
        } else {
            asOf = LocalDate.now(ZoneOffset.UTC);
            basis = "the import date (the file carries no date)";
        }
        ListVersion version = new ListVersion(src.fileName, imported.format() + "; as-of date from " + basis, asOf,
                imported.rows(), src.sha256());
        return new ScreeningList(version, imported.entries());
    }

    /** "consolidated_2022-04.csv" → 2022-04-01; "sdn_2024-05-03.csv" → 2024-05-03; null when none. */
    static LocalDate dateInName(String fileName) {
        Matcher m = DATE_IN_NAME.matcher(fileName);
        if (!m.find()) {
            return null;
        }
        try {
            return LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                    m.group(3) == null ? 1 : Integer.parseInt(m.group(3)));
        } catch (java.time.DateTimeException e) {
            return null;
        }
    }
}
