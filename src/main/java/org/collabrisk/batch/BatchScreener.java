package org.collabrisk.batch;

import org.collabrisk.domain.Country;
import org.collabrisk.domain.RestrictedList;

import java.text.Normalizer;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;

/**
 * Screens every author and every affiliation of a batch against the loaded lists and groups the reasons per paper.
 *
 * <p>Speed comes from screening each distinct string once: a conference batch repeats the same affiliations
 * thousands of times (40,169 rows of the dev batch hold about 12,000 distinct affiliation strings), so the distinct
 * names are collected first, screened on {@code threads} threads, and the hits are fanned back out to the rows.
 */
public final class BatchScreener {

    private final NameScreener screener;
    private final BatchSettings settings;

    public BatchScreener(NameScreener screener, BatchSettings settings) {
        this.screener = screener;
        this.settings = settings;
    }

    public BatchResult screen(BatchInput input) {
        return screen(input, BatchProgress.NONE, () -> false);
    }

    /**
     * @param cancelled polled between chunks of names; when it returns true the run stops with a
     *                  {@link CancellationException} and nothing is returned
     */
    public BatchResult screen(BatchInput input, BatchProgress progress, BooleanSupplier cancelled) {
        Instant startedAt = Instant.now();
        long t0 = System.nanoTime();

        // 1. Distinct names: authors (against listed people) and affiliations (against organisations).
        Map<String, Integer> slotByKey = new HashMap<>();
        List<String> queries = new ArrayList<>();
        List<NameKind> kinds = new ArrayList<>();
        List<BatchRow> rows = input.rows();
        int[][] rowSlots = new int[rows.size()][];
        for (int r = 0; r < rows.size(); r++) {
            BatchRow row = rows.get(r);
            int[] slots = new int[1 + row.affiliations().size()];
            slots[0] = slot(row.author(), NameKind.PERSON, slotByKey, queries, kinds);
            for (int i = 0; i < row.affiliations().size(); i++) {
                slots[i + 1] = slot(row.affiliations().get(i), NameKind.ORGANISATION, slotByKey, queries, kinds);
            }
            rowSlots[r] = slots;
        }

        // 2. Screen them in parallel, in chunks, so progress and cancel stay responsive.
        List<List<ScreenedMatch>> hits = screenAll(queries, kinds, progress, cancelled);
        long t1 = System.nanoTime();

        // 3. Per distinct name, once: the hits the policy keeps (with their reason text), the ones it leaves out,
        //    and the sanctioned places an affiliation names.
        SlotFindings[] perSlot = new SlotFindings[queries.size()];
        for (int i = 0; i < perSlot.length; i++) {
            perSlot[i] = slotFindings(queries.get(i), kinds.get(i), hits.get(i));
        }

        // 4. Fan out to rows and group per paper.
        Map<String, PaperAccumulator> perPaper = new LinkedHashMap<>();
        Map<String, Integer> outsidePolicy = new TreeMap<>();
        for (int r = 0; r < rows.size(); r++) {
            BatchRow row = rows.get(r);
            int[] slots = rowSlots[r];
            PaperAccumulator paper = perPaper.computeIfAbsent(row.paperId(), id -> new PaperAccumulator(id, row.title()));
            Country rowCountry = row.countries().size() == 1 ? row.countries().get(0) : null;
            addListHits(paper, row, BatchFinding.FIELD_AUTHOR, row.author(), slots[0], rowCountry, perSlot[slots[0]],
                    outsidePolicy);
            List<String> affiliations = row.affiliations();
            for (int i = 0; i < affiliations.size(); i++) {
                String affiliation = affiliations.get(i);
                Country c = row.affiliationCountries().get(i);
                SlotFindings sf = perSlot[slots[i + 1]];
                addListHits(paper, row, BatchFinding.FIELD_AFFILIATION, affiliation, slots[i + 1],
                        c != null ? c : rowCountry, sf, outsidePolicy);
                addPlaceFlags(paper, row, affiliation, slots[i + 1], c, sf.places());
            }
            // Countries the row names that could not be tied to one affiliation (counts differ).
            if (row.countries().size() > 1 && !sameSize(row)) {
                for (Country c : row.countries()) {
                    SanctionedPlace.ofCountry(c).ifPresent(p -> paper.add(-1, placeFinding(row,
                            String.join(" + ", row.affiliations()), c, p, "the country column")));
                }
            }
        }

        List<FlaggedPaper> flagged = new ArrayList<>();
        Map<String, Integer> byList = new TreeMap<>();
        Map<String, Integer> byCountry = new TreeMap<>();
        for (PaperAccumulator p : perPaper.values()) {
            if (p.findings.isEmpty()) {
                continue;
            }
            List<BatchFinding> findings = new ArrayList<>(p.findings.values());
            findings.sort(Comparator.comparingInt(BatchScreener::priority)
                    .thenComparing(f -> f.score() == null ? 0 : -f.score()));
            flagged.add(new FlaggedPaper(p.paperId, p.title, findings));
            findings.stream().map(BatchFinding::list).distinct().forEach(l -> byList.merge(l, 1, Integer::sum));
            for (BatchFinding f : findings) {
                byCountry.merge(f.country() == null ? "unknown" : f.country(), 1, Integer::sum);
            }
        }
        // Most telling first: a listed organisation, then a sanctioned place, then a listed person's name (which a
        // batch cannot confirm without dates of birth), then possible matches. The sort is stable: file order within.
        flagged.sort(Comparator.comparingInt((FlaggedPaper f) -> priority(f.findings().get(0))));
        long t2 = System.nanoTime();

        Map<String, Long> timings = new LinkedHashMap<>();
        timings.put("screening", (t1 - t0) / 1_000_000);
        timings.put("grouping", (t2 - t1) / 1_000_000);
        return new BatchResult(1, UUID.randomUUID().toString(), startedAt,
                new BatchResult.InputSummary(input.fileName(), input.sha256(), input.recordsRead(),
                        input.skippedRows(), input.problems().size() - input.skippedRows()),
                settings.policy().code(), settings.policy().description(), settings.threshold(),
                screener.listVersions(), input.papers().size(), input.rows().size(), queries.size(), flagged.size(),
                byList, byCountry, outsidePolicy, BatchResult.CITIZENSHIP_NOTE, BatchResult.NOTICE,
                input.problems(), flagged, timings);
    }

    private List<List<ScreenedMatch>> screenAll(List<String> queries, List<NameKind> kinds, BatchProgress progress,
                                                BooleanSupplier cancelled) {
        int n = queries.size();
        List<List<ScreenedMatch>> results = new ArrayList<>(java.util.Collections.nCopies(n, null));
        progress.update("screening", 0, n);
        if (n == 0) {
            return results;
        }
        int chunk = Math.max(16, Math.min(512, n / (settings.threads() * 32) + 1));
        AtomicInteger next = new AtomicInteger();
        AtomicInteger done = new AtomicInteger();
        int reportEvery = Math.max(1, n / 100);
        Runnable worker = () -> {
            int start;
            while ((start = next.getAndAdd(chunk)) < n) {
                if (cancelled.getAsBoolean() || Thread.currentThread().isInterrupted()) {
                    throw new CancellationException("batch screening cancelled");
                }
                int end = Math.min(n, start + chunk);
                for (int i = start; i < end; i++) {
                    results.set(i, List.copyOf(screener.search(queries.get(i), settings.threshold(), kinds.get(i))));
                }
                int before = done.getAndAdd(end - start);
                if ((before + end - start) / reportEvery != before / reportEvery || before + end - start == n) {
                    progress.update("screening", before + end - start, n);
                }
            }
        };
        if (settings.threads() == 1) {
            worker.run();
            return results;
        }
        ExecutorService pool = Executors.newFixedThreadPool(settings.threads(), r -> {
            Thread t = new Thread(r, "batch-screening");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (int i = 0; i < settings.threads(); i++) {
                futures.add(pool.submit(worker));
            }
            for (Future<?> f : futures) {
                f.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CancellationException("batch screening interrupted");
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException re) {
                throw re;
            }
            throw new IllegalStateException("batch screening failed", e.getCause());
        } finally {
            pool.shutdownNow();
        }
        return results;
    }

    /** What one distinct name contributes, computed once however many rows carry it. */
    private record SlotFindings(List<ScreenedMatch> kept, List<String> reasons, Map<String, Integer> outside,
                                List<SanctionedPlace> places) {
    }

    private SlotFindings slotFindings(String query, NameKind kind, List<ScreenedMatch> matches) {
        List<ScreenedMatch> kept = new ArrayList<>();
        List<String> reasons = new ArrayList<>();
        Map<String, Integer> outside = Map.of();
        String field = kind == NameKind.PERSON ? BatchFinding.FIELD_AUTHOR : BatchFinding.FIELD_AFFILIATION;
        for (ScreenedMatch m : matches) {
            if (settings.policy().includes(m.list())) {
                kept.add(m);
                reasons.add(listReason(field, query, m));
            } else {
                if (outside.isEmpty()) {
                    outside = new HashMap<>();
                }
                outside.merge(m.list(), 1, Integer::sum);
            }
        }
        List<SanctionedPlace> places = kind == NameKind.ORGANISATION ? SanctionedPlace.namedIn(query) : List.of();
        return new SlotFindings(kept, reasons, outside, places);
    }

    private static void addListHits(PaperAccumulator paper, BatchRow row, String field, String value, int slot,
                                    Country country, SlotFindings sf, Map<String, Integer> outsidePolicy) {
        sf.outside().forEach((list, n) -> outsidePolicy.merge(list, n, Integer::sum));
        for (int i = 0; i < sf.kept().size(); i++) {
            ScreenedMatch m = sf.kept().get(i);
            paper.add(slot, new BatchFinding(row.paperId(), row.title(), row.author(), field, value, m.list(), m.entry(),
                    m.entryName(), m.matchedName(), round(m.score()), m.band(), sf.reasons().get(i),
                    RestrictedList.fromCode(m.list()).legalBasis(), country == null ? null : country.code(), row.line()));
        }
    }

    private static void addPlaceFlags(PaperAccumulator paper, BatchRow row, String affiliation, int slot, Country column,
                                      List<SanctionedPlace> namedInText) {
        SanctionedPlace fromColumn = SanctionedPlace.ofCountry(column).orElse(null);
        if (fromColumn != null) {
            paper.add(slot, placeFinding(row, affiliation, column, fromColumn, "the country column"));
        }
        for (SanctionedPlace p : namedInText) {
            if (p != fromColumn) {
                paper.add(slot, placeFinding(row, affiliation, column, p, "the affiliation text"));
            }
        }
    }

    private static BatchFinding placeFinding(BatchRow row, String affiliation, Country column, SanctionedPlace place,
                                             String source) {
        String reason = "Affiliation '" + affiliation + "' is in " + place.displayName() + " (from " + source + "). "
                + place.explanation();
        String countryCode = column != null ? column.code() : place.code().length() == 2 ? place.code() : "UA";
        return new BatchFinding(row.paperId(), row.title(), row.author(), BatchFinding.FIELD_COUNTRY, affiliation,
                BatchFinding.LIST_EMBARGO, place.code(), place.displayName(), null, null, "REVIEW", reason,
                place.citation(), countryCode, row.line());
    }

    /** Order of reasons on the short list (lower first). */
    static int priority(BatchFinding f) {
        boolean match = "MATCH".equals(f.band());
        return switch (f.field()) {
            case BatchFinding.FIELD_AFFILIATION -> match ? 0 : 3;
            case BatchFinding.FIELD_COUNTRY -> 1;
            default -> match ? 2 : 4;
        };
    }

    static String listReason(String field, String value, ScreenedMatch m) {
        RestrictedList list = RestrictedList.fromCode(m.list());
        StringBuilder b = new StringBuilder();
        if ("REVIEW".equals(m.band())) {
            b.append("Possible match, check by hand: ");
        }
        b.append(field.equals(BatchFinding.FIELD_AUTHOR) ? "Author" : "Affiliation").append(" '").append(value)
                .append("' matches ").append(m.list()).append(" entry ").append(m.entry()).append(" '")
                .append(m.entryName()).append("' through the alias '").append(m.matchedName()).append("' (score ")
                .append(String.format(Locale.ROOT, "%.2f", m.score())).append(", ").append(m.band()).append("). ");
        switch (list) {
            case SDN -> b.append("OFAC SDN: property blocked and U.S. persons may not deal with the party, "
                    + "services included (31 CFR Chapter V); NeurIPS 2026 refuses peer review and publishing "
                    + "services to SDN entities.");
            case EL -> {
                b.append("BIS Entity List: licence required ").append(orElse(m.licenseRequirement(),
                        "as the entry states")).append("; review policy: ").append(orElse(m.licensePolicy(), "see entry"));
                if (m.federalRegister() != null && !m.federalRegister().isBlank()) {
                    b.append(" (").append(m.federalRegister()).append(")");
                }
                b.append(" (15 CFR 744.11, 744.16; Supp. No. 4 to Part 744). Applies to releases of items subject "
                        + "to the EAR to the entity and its employees, not to nationality.");
            }
            case CUSTOM -> b.append("Listed on a custom list loaded for this run.");
            default -> b.append(list.cslSource()).append(" (").append(list.legalBasis()).append(").");
        }
        if (field.equals(BatchFinding.FIELD_AUTHOR)) {
            b.append(" Name-only match: the batch has no date of birth or nationality to confirm identity.");
        }
        return b.toString();
    }

    private static String orElse(String s, String fallback) {
        return s == null || s.isBlank() ? fallback : s.strip();
    }

    private static Double round(double score) {
        return Math.round(score * 10_000) / 10_000.0;
    }

    private static boolean sameSize(BatchRow row) {
        return row.affiliations().size() == row.countryText().split("\\+", -1).length;
    }

    private static int slot(String text, NameKind kind, Map<String, Integer> slotByKey, List<String> queries,
                            List<NameKind> kinds) {
        return slotByKey.computeIfAbsent(slotKey(text, kind), k -> {
            queries.add(text);
            kinds.add(kind);
            return queries.size() - 1;
        });
    }

    private static String slotKey(String text, NameKind kind) {
        return kind.name().charAt(0) + key(text);
    }

    /** Dedupe key for screening: same text up to case, width forms and spacing is screened once. */
    static String key(String text) {
        String n = Normalizer.isNormalized(text, Normalizer.Form.NFKC) ? text : Normalizer.normalize(text, Normalizer.Form.NFKC);
        StringBuilder b = new StringBuilder(n.length());
        boolean space = false;
        for (int i = 0; i < n.length(); i++) {
            char c = n.charAt(i);
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                space = b.length() > 0;
            } else {
                if (space) {
                    b.append(' ');
                    space = false;
                }
                b.append(Character.toLowerCase(c));
            }
        }
        return b.toString();
    }

    private record FindingKey(String field, String value, int slot, String list, String entry) {
    }

    /** Reasons of one paper, merged so that a reason shared by several authors is one row naming them all. */
    private static final class PaperAccumulator {
        final String paperId;
        final String title;
        final Map<FindingKey, BatchFinding> findings = new LinkedHashMap<>();

        PaperAccumulator(String paperId, String title) {
            this.paperId = paperId;
            this.title = title;
        }

        /**
         * @param slot the distinct-name slot of the screened value (-1 when the value is not one name), so the same
         *             affiliation shared by several authors of the paper is one reason naming them all
         */
        void add(int slot, BatchFinding f) {
            FindingKey k = new FindingKey(f.field(), slot < 0 ? f.value() : null, slot, f.list(), f.entry());
            BatchFinding old = findings.get(k);
            if (old == null) {
                findings.put(k, f);
            } else if (!f.field().equals(BatchFinding.FIELD_AUTHOR) && !containsAuthor(old.author(), f.author())) {
                findings.put(k, new BatchFinding(old.paperId(), old.title(), old.author() + "; " + f.author(),
                        old.field(), old.value(), old.list(), old.entry(), old.entryName(), old.matchedName(),
                        old.score(), old.band(), old.reason(), old.citation(), old.country(), old.line()));
            }
        }

        private static boolean containsAuthor(String joined, String author) {
            for (String a : joined.split("; ")) {
                if (a.equals(author)) {
                    return true;
                }
            }
            return false;
        }
    }
}
