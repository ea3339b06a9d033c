package org.collabrisk.screening;

import org.collabrisk.domain.ListEntry;
import org.collabrisk.domain.ListVersion;
import org.collabrisk.domain.ScreeningList;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * An in-memory index of every name and alias of the loaded lists (issue 3, item 3; docs/screening.md).
 *
 * <p><b>Candidates</b> come from a token inverted index (token → aliases) and, for spelling variants, a character
 * trigram index over the vocabulary (trigram → tokens), a romanisation-key map and a consonant-skeleton map; only the
 * query's rarest tokens are looked up (prefix filtering: an alias that shares none of them cannot reach the
 * threshold). A map of names written as one word ("xijinping") catches split/joined spellings.
 *
 * <p><b>Score</b> (0–1) per alias: query and alias tokens are aligned one to one (greedy by similarity, see
 * {@link TokenSimilarity}); score = Σ sim·(w<sub>q</sub>+w<sub>a</sub>) / (Σ w<sub>q</sub> + Σ w<sub>a</sub>) over
 * all tokens of both sides, where w is the token's IDF (rarity) among all aliases, legal-form words count
 * {@link #LEGAL_FACTOR} of it and generic words at most {@link #GENERIC_CAP_FRACTION} of the largest IDF. Unmatched
 * tokens on either side lower the score, so "Harbin Engineering University" does not match "Harbin Institute of
 * Technology" through "Harbin". The best alias of each entry is reported.
 *
 * <p>Immutable after {@link #build}; {@link #search} is safe from many threads at once.
 */
public final class ScreeningIndex {

    /** At or above: {@code MATCH} — the name is the listed name, up to spelling, order and legal form. */
    public static final double MATCH_THRESHOLD = 0.92;
    /** At or above: {@code REVIEW} — a person should look; also the default search threshold. */
    public static final double REVIEW_THRESHOLD = 0.80;
    /** Legal-form words and initials weigh this share of their IDF (they say little about who is meant). */
    static final double LEGAL_FACTOR = 0.3;
    private static final int INITIAL_KIND = 99;
    static final double GENERIC_CAP_FRACTION = 0.5;
    static final double GENERIC_MATCH_FACTOR = 0.5;
    static final double GENERIC_MISS_FLOOR_FRACTION = 0.8;
    /**
     * Affiliations often add a campus, city or department to the institution's name ("Harbin Institute of
     * Technology Shenzhen"): in affiliation searches, when every word of the alias is matched, an unmatched ordinary
     * query word counts three quarters. Unmatched generic words count in full ("X University of Technology" is
     * another institution than "X University"), and so does everything when the alias has unmatched words too
     * ("Nanjing University of Posts ..." is not "Beijing University of Posts ...").
     */
    static final double AFFILIATION_EXTRA_WORD_FACTOR = 0.75;
    /** A one-word query (or alias) below this length matches only exactly: short names and acronyms ("IRISA" is not
     * "IRISL", "KAIST" not "KARST"). */
    static final int SINGLE_WORD_FUZZY_MIN_LENGTH = 9;
    /** An acronym of up to 4 letters alone ("USC", "MIT") cannot establish identity: at most a REVIEW. */
    static final double ACRONYM_MAX_SCORE = 0.85;
    /** Score of a name that equals an alias when both are written without spaces ("Xi Jinping" / "习近平"). */
    static final double COMPACT_SCORE = 0.97;
    /**
     * Listed people often carry more names than a query gives (second surname, patronymic): an unmatched token of a
     * PERSON entry's alias counts half. Organisations' extra words usually name a different body ("University of
     * Electronic Science and Technology of China" is not "University of Science and Technology of China"): they
     * count in full.
     */
    static final double PERSON_EXTRA_NAME_FACTOR = 0.5;
    /** Prefix filtering keeps a margin because fuzzy partners may be rarer than the query token. */
    private static final double PREFIX_MARGIN = 0.75;

    private final List<ListVersion> versions;
    private final ListEntry[] entries;
    private final EntryKind[] kinds;
    private final String[] fingerprints;

    private final int[] aliasEntry;
    private final String[] aliasText;
    private final String[] aliasSource;
    private final int[][] aliasTokens;
    private final double[] aliasMissWeight;
    /** Number of alias tokens that are ordinary or generic words (not legal forms, not initials). */
    private final int[] aliasSignificant;

    private final Map<String, Integer> vocabulary;
    private final String[] tokenText;
    private final double[] matchWeight;
    private final double[] missWeight;
    private final int[][] postings;
    /** Trigram code → token length (capped) → token ids; see {@link #gramCode}. */
    private final int[][][] trigramTokens;
    /** Trigram code → how many tokens carry it (to pick a token's rarest trigrams). */
    private final int[] trigramCount;
    private final Map<String, int[]> phoneticTokens;
    private final Map<String, int[]> skeletonTokens;
    private final Map<String, int[]> compactAliases;
    private final Map<String, int[]> compactSkeletonAliases;
    private final double unknownWeight;

    private final Map<String, Neighbours> neighbourCache = new ConcurrentHashMap<>();
    private final ThreadLocal<int[]> seenStamp;
    private final ThreadLocal<int[]> stampCounter = ThreadLocal.withInitial(() -> new int[1]);

    /** Tokens of the vocabulary similar to one query token, with their similarity. */
    private record Neighbours(int[] ids, double[] sims) {
    }

    private ScreeningIndex(List<ScreeningList> lists) {
        NameNormalizer norm = NameNormalizer.shared();
        versions = lists.stream().map(ScreeningList::version).toList();
        List<ListEntry> all = new ArrayList<>();
        lists.forEach(l -> all.addAll(l.entries()));
        entries = all.toArray(new ListEntry[0]);
        kinds = new EntryKind[entries.length];
        fingerprints = new String[entries.length];

        List<Integer> aEntry = new ArrayList<>();
        List<String> aText = new ArrayList<>();
        List<String> aSource = new ArrayList<>();
        List<NameNormalizer.Normalized> aNorm = new ArrayList<>();
        Map<String, List<Integer>> entriesByKey = new HashMap<>();
        for (int e = 0; e < entries.length; e++) {
            kinds[e] = EntryKind.of(entries[e]);
            fingerprints[e] = EntryFingerprint.of(entries[e]);
            Set<String> keys = new HashSet<>();
            for (String name : entries[e].allNames()) {
                NameNormalizer.Normalized n = norm.normalize(name);
                if (n.isEmpty() || !keys.add(sortedKey(n))) {
                    continue;
                }
                if (!name.equals(entries[e].name()) && isCountryName(name)) {
                    continue; // an alias that is only a country name ("Hong Kong", "China") would flag every address
                }
                entriesByKey.computeIfAbsent(n.joined(), k -> new ArrayList<>()).add(e);
                aEntry.add(e);
                aText.add(name);
                aSource.add(null);
                aNorm.add(n);
            }
        }
        // Curated native-script names become aliases of entries listed under the same English name.
        for (NativeNames.Row row : NativeNames.rows()) {
            List<Integer> targets = entriesByKey.get(norm.key(row.englishName()));
            if (targets == null) {
                continue;
            }
            NameNormalizer.Normalized n = norm.normalize(row.nativeName());
            for (int e : new HashSet<>(targets)) {
                aEntry.add(e);
                aText.add(row.nativeName());
                aSource.add("native-script name of \"" + row.englishName() + "\" from CollabRisk's curated table; source: "
                        + row.source());
                aNorm.add(n);
            }
        }

        int aliasCount = aEntry.size();
        aliasEntry = aEntry.stream().mapToInt(Integer::intValue).toArray();
        aliasText = aText.toArray(new String[0]);
        aliasSource = aSource.toArray(new String[0]);
        aliasTokens = new int[aliasCount][];

        vocabulary = new HashMap<>();
        List<String> tokens = new ArrayList<>();
        List<Byte> tokenKinds = new ArrayList<>();
        List<Integer> df = new ArrayList<>();
        for (int a = 0; a < aliasCount; a++) {
            NameNormalizer.Normalized n = aNorm.get(a);
            int[] ids = new int[n.tokens().length];
            Set<Integer> distinct = new HashSet<>();
            for (int i = 0; i < ids.length; i++) {
                String t = n.tokens()[i];
                Integer id = vocabulary.get(t);
                if (id == null) {
                    id = tokens.size();
                    vocabulary.put(t, id);
                    tokens.add(t);
                    tokenKinds.add((byte) n.kind(i));
                    df.add(0);
                }
                ids[i] = id;
                if (distinct.add(id)) {
                    df.set(id, df.get(id) + 1);
                }
            }
            aliasTokens[a] = ids;
        }
        tokenText = tokens.toArray(new String[0]);
        int v = tokenText.length;
        unknownWeight = Math.log(1.0 + aliasCount);
        matchWeight = new double[v];
        missWeight = new double[v];
        for (int t = 0; t < v; t++) {
            double idf = Math.log(1.0 + (double) aliasCount / df.get(t));
            int kind = tokenText[t].length() == 1 ? INITIAL_KIND : tokenKinds.get(t);
            matchWeight[t] = matchWeight(idf, kind);
            missWeight[t] = missWeight(idf, kind);
        }
        aliasMissWeight = new double[aliasCount];
        aliasSignificant = new int[aliasCount];
        for (int a = 0; a < aliasCount; a++) {
            for (int id : aliasTokens[a]) {
                int kind = tokenKinds.get(id);
                if (tokenText[id].length() > 1 && (kind == NameNormalizer.NORMAL || kind == NameNormalizer.GENERIC)) {
                    aliasSignificant[a]++;
                }
            }
        }
        int[] postingSize = new int[v];
        for (int a = 0; a < aliasCount; a++) {
            double w = 0;
            int[] ids = aliasTokens[a];
            for (int i = 0; i < ids.length; i++) {
                w += missWeight[ids[i]];
                boolean repeat = false;
                for (int j = 0; j < i; j++) {
                    repeat |= ids[j] == ids[i];
                }
                if (!repeat) {
                    postingSize[ids[i]]++;
                }
            }
            aliasMissWeight[a] = w;
        }
        postings = new int[v][];
        for (int t = 0; t < v; t++) {
            postings[t] = new int[postingSize[t]];
        }
        int[] fill = new int[v];
        for (int a = 0; a < aliasCount; a++) {
            int[] ids = aliasTokens[a];
            for (int i = 0; i < ids.length; i++) {
                boolean repeat = false;
                for (int j = 0; j < i; j++) {
                    repeat |= ids[j] == ids[i];
                }
                if (!repeat) {
                    postings[ids[i]][fill[ids[i]]++] = a;
                }
            }
        }
        Map<Long, List<Integer>> tri = new HashMap<>();
        trigramCount = new int[1 << 18];
        Map<String, List<Integer>> pho = new HashMap<>();
        Map<String, List<Integer>> ske = new HashMap<>();
        for (int t = 0; t < v; t++) {
            String s = tokenText[t];
            if (s.length() >= 4) {
                for (int g : distinctGrams(s)) {
                    trigramCount[g]++;
                    tri.computeIfAbsent(((long) g << 8) | lengthBucket(s.length()), k -> new ArrayList<>()).add(t);
                }
                String key = TokenSimilarity.phoneticKey(s);
                if (key != null) {
                    pho.computeIfAbsent(key, k -> new ArrayList<>()).add(t);
                }
            }
            String sk = TokenSimilarity.skeleton(s);
            if (!sk.isEmpty()) {
                ske.computeIfAbsent(sk, k -> new ArrayList<>()).add(t);
            }
        }
        trigramTokens = new int[1 << 18][][];
        for (Map.Entry<Long, List<Integer>> e : tri.entrySet()) {
            int g = (int) (e.getKey() >>> 8);
            int bucket = (int) (e.getKey() & 0xFF);
            if (trigramTokens[g] == null) {
                trigramTokens[g] = new int[MAX_LENGTH_BUCKET + 1][];
            }
            trigramTokens[g][bucket] = e.getValue().stream().mapToInt(Integer::intValue).toArray();
        }

        phoneticTokens = toArrays(pho);
        skeletonTokens = toArrays(ske);
        Map<String, List<Integer>> compact = new HashMap<>();
        for (int a = 0; a < aliasCount; a++) {
            String c = compact(aNorm.get(a).tokens());
            if (c.length() >= 6) {
                compact.computeIfAbsent(c, k -> new ArrayList<>()).add(a);
            }
        }
        compactAliases = toArrays(compact);
        Map<String, List<Integer>> compactSkeleton = new HashMap<>();
        for (int a = 0; a < aliasCount; a++) {
            String c = TokenSimilarity.skeleton(compact(aNorm.get(a).tokens()));
            if (c.length() >= 3) {
                compactSkeleton.computeIfAbsent(c, k -> new ArrayList<>()).add(a);
            }
        }
        compactSkeletonAliases = toArrays(compactSkeleton);
        seenStamp = ThreadLocal.withInitial(() -> new int[aliasText.length]);
    }

    /** Builds the index over the given lists (all entries of all lists). */
    public static ScreeningIndex build(List<ScreeningList> lists) {
        return new ScreeningIndex(lists);
    }

    /** What a token adds when it is matched: generic words little, so they cannot make two names match. */
    private double matchWeight(double idf, int kind) {
        if (kind == NameNormalizer.LEGAL || kind == INITIAL_KIND) {
            return idf * LEGAL_FACTOR;
        }
        if (kind == NameNormalizer.GENERIC) {
            return GENERIC_MATCH_FACTOR * Math.min(idf, GENERIC_CAP_FRACTION * unknownWeight);
        }
        return idf;
    }

    /**
     * What a token costs when it is missing on the other side: generic words at least a fixed share of the largest
     * IDF, so "Tianjin University of Technology" stays apart from "Tianjin University".
     */
    private double missWeight(double idf, int kind) {
        if (kind == NameNormalizer.LEGAL || kind == INITIAL_KIND) {
            return idf * LEGAL_FACTOR;
        }
        if (kind == NameNormalizer.GENERIC) {
            return Math.max(idf, GENERIC_MISS_FLOOR_FRACTION * unknownWeight);
        }
        return idf;
    }

    public List<ListVersion> versions() {
        return versions;
    }

    public int entryCount() {
        return entries.length;
    }

    public int aliasCount() {
        return aliasText.length;
    }

    public List<ListEntry> entries() {
        return List.of(entries);
    }

    /** Searches with the default options (all entry kinds, nothing suppressed, at most 20 hits). */
    public List<NameMatch> search(String query, double threshold) {
        return search(query, threshold, SearchOptions.DEFAULT);
    }

    /**
     * Hits for {@code query} scoring at least {@code threshold}, best first, one per entry (its best alias). The
     * whole query and, when it has several parts, each comma/parenthesis segment of more than one word are tried
     * ("Harbin Institute of Technology, Shenzhen" finds "Harbin Institute of Technology").
     */
    public List<NameMatch> search(String query, double threshold, SearchOptions options) {
        return run(query, threshold, options, false);
    }

    /**
     * The brute-force baseline of the benchmark: the same normaliser and scorer applied to every alias, no index.
     * Gives the same hits as {@link #search} (up to the documented candidate-generation limits); much slower.
     */
    public List<NameMatch> searchBruteForce(String query, double threshold, SearchOptions options) {
        return run(query, threshold, options, true);
    }

    private List<NameMatch> run(String query, double threshold, SearchOptions options, boolean bruteForce) {
        if (query == null || query.isBlank()) {
            return List.of();
        }
        NameNormalizer norm = NameNormalizer.shared();
        List<String> variants = new ArrayList<>();
        variants.add(query);
        for (String segment : norm.segments(query)) {
            variants.add(segment);
        }
        Map<Integer, Best> best = new HashMap<>();
        String queryKey = null;
        for (int vi = 0; vi < variants.size(); vi++) {
            NameNormalizer.Normalized n = norm.normalize(variants.get(vi));
            if (n.isEmpty()) {
                continue;
            }
            if (vi == 0) {
                queryKey = n.joined();
            } else if (n.tokens().length < 2 && (n.flags()[0] & NameNormalizer.FROM_HAN) == 0) {
                continue; // a one-word segment ("Shenzhen", "London", "MIT") is too weak to screen on its own
            } else if (isCountryName(variants.get(vi))) {
                continue; // "..., Saudi Arabia": a country in an address names no party
            }
            Query q = prepare(n, bruteForce, options.queryKind() == SearchOptions.QueryKind.AFFILIATION);
            if (bruteForce) {
                for (int a = 0; a < aliasText.length; a++) {
                    consider(q, a, threshold, options, variants.get(vi), best);
                }
            } else {
                for (int a : candidates(q, threshold)) {
                    consider(q, a, threshold, options, variants.get(vi), best);
                }
            }
            int[] compact = bruteForce ? compactScan(compact(n.tokens()), false) : compactAliases.get(compact(n.tokens()));
            mergeWhole(compact, COMPACT_SCORE, threshold, options, variants.get(vi), q, best);
            if (hasAbjad(n)) {
                // Arabic/Hebrew written without vowels: "عبد الله" → "bd allh" meets "Abdullah" by its consonants
                String sk = TokenSimilarity.skeleton(compact(n.tokens()));
                int[] bySkeleton = bruteForce ? compactScan(sk, true) : compactSkeletonAliases.get(sk);
                mergeWhole(bySkeleton, TokenSimilarity.SKELETON, threshold, options, variants.get(vi), q, best);
            }
        }
        if (best.isEmpty()) {
            return List.of();
        }
        List<Best> ordered = new ArrayList<>(best.values());
        ordered.sort(Comparator.comparingDouble((Best b) -> -b.score).thenComparing(b -> entries[aliasEntry[b.alias]].id()));
        List<NameMatch> out = new ArrayList<>();
        for (Best b : ordered) {
            int e = aliasEntry[b.alias];
            if (!options.suppressed().isEmpty() && options.suppressed().contains(
                    new Suppression(queryKey, entries[e].list(), entries[e].id(), fingerprints[e]))) {
                continue;
            }
            out.add(toMatch(query, b));
            if (out.size() >= options.maxHits()) {
                break;
            }
        }
        return out;
    }

    /** Hits found by the whole name written as one word (exact, or by consonants for abjad queries). */
    private void mergeWhole(int[] aliases, double score, double threshold, SearchOptions options, String variant, Query q,
                            Map<Integer, Best> best) {
        if (aliases == null || score < threshold) {
            return;
        }
        for (int a : aliases) {
            if (allowed(a, options)) {
                best.merge(aliasEntry[a], new Best(a, score, variant, q, true), Best::max);
            }
        }
    }

    private boolean allowed(int alias, SearchOptions options) {
        return options.kinds().contains(kinds[aliasEntry[alias]]);
    }

    private void consider(Query q, int a, double threshold, SearchOptions options, String variant, Map<Integer, Best> best) {
        if (!allowed(a, options)) {
            return;
        }
        double s = score(q, a, null);
        if (s >= threshold && s > 0) {
            best.merge(aliasEntry[a], new Best(a, s, variant, q, false), Best::max);
        }
    }

    private record Best(int alias, double score, String variant, Query query, boolean compact) {
        static Best max(Best x, Best y) {
            return y.score > x.score ? y : x;
        }
    }

    private NameMatch toMatch(String query, Best b) {
        int e = aliasEntry[b.alias];
        List<TokenPair> pairs = new ArrayList<>();
        if (b.compact) {
            pairs.add(new TokenPair(compact(b.query.tokens), compact(tokensOf(b.alias)), b.score));
        } else {
            score(b.query, b.alias, pairs);
        }
        double rounded = Math.round(b.score * 1000) / 1000.0;
        return new NameMatch(query, b.variant, entries[e].list(), entries[e], aliasText[b.alias], aliasSource[b.alias],
                pairs, rounded, MatchBand.of(rounded));
    }

    private String[] tokensOf(int alias) {
        int[] ids = aliasTokens[alias];
        String[] out = new String[ids.length];
        for (int i = 0; i < ids.length; i++) {
            out[i] = tokenText[ids[i]];
        }
        return out;
    }

    // ---------------------------------------------------------------------------------------------------------
    // Query preparation, candidates, scoring

    private static final class Query {
        String[] tokens;
        byte[] flags;
        double[] weights;
        double[] miss;
        double[] missFull;
        double missFullTotal;
        int significant;
        int shortestSignificant = Integer.MAX_VALUE;
        boolean exactOnly;
        Neighbours[] neighbours;
        double missTotal;
    }

    private Query prepare(NameNormalizer.Normalized n, boolean direct, boolean affiliation) {
        Query q = new Query();
        q.tokens = n.tokens();
        q.flags = n.flags();
        int len = q.tokens.length;
        q.weights = new double[len];
        q.miss = new double[len];
        q.missFull = new double[len];
        q.neighbours = new Neighbours[len];
        for (int i = 0; i < len; i++) {
            Integer id = vocabulary.get(q.tokens[i]);
            int kind = q.tokens[i].length() == 1 ? INITIAL_KIND : n.kind(i);
            q.weights[i] = id != null ? matchWeight[id] : matchWeight(unknownWeight, kind);
            double miss = id != null ? missWeight[id] : missWeight(unknownWeight, kind);
            q.miss[i] = affiliation && n.kind(i) == NameNormalizer.NORMAL ? AFFILIATION_EXTRA_WORD_FACTOR * miss : miss;
            q.missTotal += q.miss[i];
            q.missFull[i] = miss;
            q.missFullTotal += miss;
            if (kind == NameNormalizer.NORMAL || kind == NameNormalizer.GENERIC) {
                q.significant++;
                q.shortestSignificant = Math.min(q.shortestSignificant, q.tokens[i].length());
            }
            if (!direct) {
                boolean abjad = (q.flags[i] & NameNormalizer.FROM_ABJAD) != 0;
                String key = abjad ? "\u0001" + q.tokens[i] : q.tokens[i];
                Neighbours nb = neighbourCache.get(key);
                if (nb == null) {
                    nb = neighbours(q.tokens[i], abjad);
                    if (neighbourCache.size() < 500_000) {
                        neighbourCache.put(key, nb);
                    }
                }
                q.neighbours[i] = nb;
            }
        }
        if (q.significant == 1) {
            for (int i = 0; i < len; i++) {
                if (q.tokens[i].length() > 1 && n.kind(i) != NameNormalizer.LEGAL && q.tokens[i].length() < SINGLE_WORD_FUZZY_MIN_LENGTH
                        && (q.flags[i] & NameNormalizer.FROM_ABJAD) == 0) {
                    q.exactOnly = true;
                }
            }
        }
        return q;
    }

    /** Vocabulary tokens similar to {@code t}: itself, spelling variants (trigrams), romanisation and skeleton keys. */
    private Neighbours neighbours(String t, boolean abjad) {
        Map<Integer, Double> found = new LinkedHashMap<>();
        Integer self = vocabulary.get(t);
        if (self != null) {
            found.put(self, 1.0);
        }
        if (t.length() >= 4) {
            int k = TokenSimilarity.maxEdits(t.length());
            int[] grams = distinctGrams(t);
            sortByCount(grams);
            // An edit changes at most 4 of the token's trigrams (a swap of neighbours), so a token within k edits
            // shares at least one of any 4k+1 of them: looking up the rarest 4k+1 finds every such token. Tokens are
            // bucketed by length, so only lengths within k of the query token's are read.
            int take = Math.min(grams.length, 4 * k + 1);
            int lo = lengthBucket(Math.max(4, t.length() - k));
            int hi = lengthBucket(t.length() + k);
            for (int g = 0; g < take; g++) {
                int[][] byLength = trigramTokens[grams[g]];
                if (byLength == null) {
                    continue;
                }
                for (int b = lo; b <= hi; b++) {
                    int[] p = byLength[b];
                    if (p == null) {
                        continue;
                    }
                    for (int c : p) {
                        if (!found.containsKey(c) && Math.abs(tokenText[c].length() - t.length()) <= k) {
                            // spelling part only here; the romanisation and skeleton parts come from their maps below,
                            // so each neighbour's similarity is the max of the three, as in TokenSimilarity.similarity
                            double s = TokenSimilarity.spelling(t, tokenText[c]);
                            if (s > 0) {
                                found.put(c, s);
                            }
                        }
                    }
                }
            }
            String key = TokenSimilarity.phoneticKey(t);
            int[] pho = key == null ? null : phoneticTokens.get(key);
            if (pho != null) {
                for (int c : pho) {
                    found.merge(c, TokenSimilarity.similarity(t, tokenText[c], abjad), Math::max);
                }
            }
        }
        if (abjad) {
            int[] ske = skeletonTokens.get(TokenSimilarity.skeleton(t));
            if (ske != null) {
                for (int c : ske) {
                    found.merge(c, TokenSimilarity.similarity(t, tokenText[c], true), Math::max);
                }
            }
        }
        int size = 0;
        for (double sim : found.values()) {
            size += sim > 0 ? 1 : 0;
        }
        int[] ids = new int[size];
        double[] sims = new double[size];
        int i = 0;
        for (Map.Entry<Integer, Double> e : found.entrySet()) {
            if (e.getValue() > 0) {
                ids[i] = e.getKey();
                sims[i++] = e.getValue();
            }
        }
        return new Neighbours(ids, sims);
    }

    /**
     * Prefix filtering. With M the match weight an alias can share with the query and X the miss weight of the query
     * tokens it does not share, its score is at most 2M/(2M+X); it reaches threshold T only if X ≤ 2M(1−T)/T. Taking
     * query tokens rarest first into a prefix P until the miss weight of P exceeds 2(1−T)/T times the match weight
     * of the rest, an alias that shares no token of P (exactly or as a spelling variant) cannot reach T: only the
     * postings of P's tokens and their variants are read. A margin allows for variants rarer than the query token.
     */
    private int[] candidates(Query q, double threshold) {
        int len = q.tokens.length;
        int[] order = new int[len];
        for (int i = 0; i < len; i++) {
            order[i] = i;
        }
        for (int i = 1; i < len; i++) { // insertion sort, heaviest first: names have few tokens
            int v = order[i];
            int j = i - 1;
            while (j >= 0 && q.weights[order[j]] + q.miss[order[j]] < q.weights[v] + q.miss[v]) {
                order[j + 1] = order[j];
                j--;
            }
            order[j + 1] = v;
        }
        double t = Math.min(Math.max(threshold, 0.05), 0.999);
        double ratio = 2 * (1 - t) / t / PREFIX_MARGIN;
        double restMatch = 0;
        for (int i = 0; i < len; i++) {
            restMatch += q.weights[i];
        }
        double prefixMiss = 0;
        int[] stamp = seenStamp.get();
        int[] counter = stampCounter.get();
        if (++counter[0] == Integer.MAX_VALUE) {
            Arrays.fill(stamp, 0);
            counter[0] = 1;
        }
        int mark = counter[0];
        int[] out = new int[64];
        int size = 0;
        for (int oi = 0; oi < len; oi++) {
            if (oi > 0 && prefixMiss > ratio * restMatch) {
                break;
            }
            int i = order[oi];
            prefixMiss += q.miss[i];
            restMatch -= q.weights[i];
            Neighbours nb = q.neighbours[i];
            for (int id : nb.ids) {
                for (int a : postings[id]) {
                    if (stamp[a] != mark) {
                        stamp[a] = mark;
                        if (size == out.length) {
                            out = Arrays.copyOf(out, size * 2);
                        }
                        out[size++] = a;
                    }
                }
            }
        }
        return Arrays.copyOf(out, size);
    }

    /** Per-thread work arrays of {@link #score}, grown when a long name needs more. */
    private static final class Scratch {
        double[] value = new double[256];
        double[] sim = new double[256];
        double[] full = new double[256];
        double[] qMiss = new double[256];
        double[] qMissFull = new double[256];
        double[] aMiss = new double[256];
        int[] pq = new int[256];
        int[] pa = new int[256];
        boolean[] taken = new boolean[256];
        boolean[] usedQ = new boolean[64];
        boolean[] usedA = new boolean[64];

        void ensure(int pairs, int n, int m) {
            if (pairs > value.length) {
                int size = Math.max(pairs, value.length * 2);
                value = new double[size];
                sim = new double[size];
                full = new double[size];
                qMiss = new double[size];
                qMissFull = new double[size];
                aMiss = new double[size];
                pq = new int[size];
                pa = new int[size];
                taken = new boolean[size];
            }
            if (n > usedQ.length) {
                usedQ = new boolean[Math.max(n, usedQ.length * 2)];
            }
            if (m > usedA.length) {
                usedA = new boolean[Math.max(m, usedA.length * 2)];
            }
        }
    }

    private static final ThreadLocal<Scratch> SCRATCH = ThreadLocal.withInitial(Scratch::new);

    /**
     * Weighted one-to-one alignment score of query and alias; fills {@code pairs} when not null. A pair adds
     * sim·(w<sub>q</sub>+w<sub>a</sub>); an initial ("B") paired with a name ("Borisovich") counts only the
     * initial's small weight on both sides, the rest of the name's weight stays unmatched.
     */
    private double score(Query q, int alias, List<TokenPair> pairs) {
        // A one-word alias ("Huawei", "MIT", "Hong Kong" cut down to one word) names only a one-word query: it must
        // not fire on any longer name that happens to contain the word.
        if (aliasSignificant[alias] == 1 && q.significant > 1) {
            return 0;
        }
        int[] at = aliasTokens[alias];
        int n = q.tokens.length;
        int m = at.length;
        double cap = q.significant == 1 && q.shortestSignificant <= 4 ? ACRONYM_MAX_SCORE : 1.0;
        Scratch x = SCRATCH.get();
        x.ensure(n * m, n, m);
        int count = 0;
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < m; j++) {
                double s = similarity(q, i, at[j]);
                if (s > 0 && (s == 1.0 || !q.exactOnly)) {
                    double wq = q.weights[i];
                    double wa = matchWeight[at[j]];
                    double mq = q.miss[i];
                    double mqFull = q.missFull[i];
                    double ma = missWeight[at[j]];
                    if (q.tokens[i].length() == 1 || tokenText[at[j]].length() == 1) {
                        double w = Math.min(wq, wa);
                        wq = w;
                        wa = w;
                        mq = Math.min(mq, w);
                        mqFull = Math.min(mqFull, w);
                        ma = Math.min(ma, w);
                    }
                    x.sim[count] = s;
                    x.value[count] = s * (wq + wa);
                    x.full[count] = wq + wa;
                    x.qMiss[count] = mq;
                    x.qMissFull[count] = mqFull;
                    x.aMiss[count] = ma;
                    x.pq[count] = i;
                    x.pa[count] = j;
                    x.taken[count] = false;
                    count++;
                }
            }
        }
        if (count == 0) {
            return 0;
        }
        Arrays.fill(x.usedQ, 0, n, false);
        Arrays.fill(x.usedA, 0, m, false);
        double matched = 0;
        double matchedFull = 0;
        double matchedQueryMiss = 0;
        double matchedAliasMiss = 0;
        // greedy one-to-one: most similar pairs first, heavier first among equals
        for (int round = 0; round < Math.min(n, m); round++) {
            int best = -1;
            for (int p = 0; p < count; p++) {
                if (!x.taken[p] && !x.usedQ[x.pq[p]] && !x.usedA[x.pa[p]]
                        && (best < 0 || x.sim[p] > x.sim[best] || x.sim[p] == x.sim[best] && x.value[p] > x.value[best])) {
                    best = p;
                }
            }
            if (best < 0) {
                break;
            }
            x.taken[best] = true;
            x.usedQ[x.pq[best]] = true;
            x.usedA[x.pa[best]] = true;
            matched += x.value[best];
            matchedFull += x.full[best];
            matchedQueryMiss += x.qMiss[best];
            matchedAliasMiss += x.aMiss[best];
            if (pairs != null) {
                pairs.add(new TokenPair(q.tokens[x.pq[best]], tokenText[at[x.pa[best]]], Math.round(x.sim[best] * 100) / 100.0));
            }
        }
        double extraFactor = kinds[aliasEntry[alias]] == EntryKind.PERSON ? PERSON_EXTRA_NAME_FACTOR : 1.0;
        double aliasUnmatched = Math.max(0, aliasMissWeight[alias] - matchedAliasMiss);
        double queryUnmatched = aliasUnmatched > 1e-9
                ? Math.max(0, q.missFullTotal - matchedQueryMissFull(x, count))
                : Math.max(0, q.missTotal - matchedQueryMiss);
        double unmatched = queryUnmatched + extraFactor * aliasUnmatched;
        return Math.min(cap, matched / (matchedFull + unmatched));
    }

    /** The full (unfactored) miss weight of the query tokens taken in the alignment. */
    private static double matchedQueryMissFull(Scratch x, int count) {
        double sum = 0;
        for (int p = 0; p < count; p++) {
            if (x.taken[p]) {
                sum += x.qMissFull[p];
            }
        }
        return sum;
    }

    private double similarity(Query q, int i, int aliasToken) {
        if (q.tokens[i].length() == 1 || tokenText[aliasToken].length() == 1) {
            return TokenSimilarity.similarity(q.tokens[i], tokenText[aliasToken], false);
        }
        Neighbours nb = q.neighbours[i];
        if (nb != null) {
            int[] ids = nb.ids;
            for (int k = 0; k < ids.length; k++) {
                if (ids[k] == aliasToken) {
                    return nb.sims[k];
                }
            }
            return 0;
        }
        return TokenSimilarity.similarity(q.tokens[i], tokenText[aliasToken], (q.flags[i] & NameNormalizer.FROM_ABJAD) != 0);
    }

    // ---------------------------------------------------------------------------------------------------------

    private static final int MAX_LENGTH_BUCKET = 40;

    private static int lengthBucket(int length) {
        return Math.min(length, MAX_LENGTH_BUCKET);
    }

    /** 6 bits per character: a-z, 0-9, and the padding marks. */
    private static int charCode(char c) {
        if (c >= 'a' && c <= 'z') {
            return c - 'a' + 1;
        }
        if (c >= '0' && c <= '9') {
            return c - '0' + 27;
        }
        return c == '^' ? 37 : c == '$' ? 38 : 39;
    }

    /** The distinct padded trigrams of a token ("^ha", "har", ..., "in$") as 18-bit codes. */
    static int[] distinctGrams(String t) {
        int n = t.length();
        int[] out = new int[n];
        int size = 0;
        for (int i = 0; i < n; i++) {
            char a = i == 0 ? '^' : t.charAt(i - 1);
            char b = t.charAt(i);
            char c = i + 1 < n ? t.charAt(i + 1) : '$';
            int g = (charCode(a) << 12) | (charCode(b) << 6) | charCode(c);
            boolean seen = false;
            for (int j = 0; j < size && !seen; j++) {
                seen = out[j] == g;
            }
            if (!seen) {
                out[size++] = g;
            }
        }
        return Arrays.copyOf(out, size);
    }

    private void sortByCount(int[] grams) {
        for (int i = 1; i < grams.length; i++) {
            int g = grams[i];
            int j = i - 1;
            while (j >= 0 && trigramCount[grams[j]] > trigramCount[g]) {
                grams[j + 1] = grams[j];
                j--;
            }
            grams[j + 1] = g;
        }
    }

    /** The baseline's way to find names written as one word: compare with every alias. */
    private int[] compactScan(String c, boolean skeleton) {
        if (c.length() < (skeleton ? 3 : 6)) {
            return null;
        }
        List<Integer> out = new ArrayList<>();
        for (int a = 0; a < aliasTokens.length; a++) {
            String ac = compact(tokensOf(a));
            if (c.equals(skeleton ? TokenSimilarity.skeleton(ac) : ac)) {
                out.add(a);
            }
        }
        return out.stream().mapToInt(Integer::intValue).toArray();
    }

    /** "Saudi Arabia", "Bosnia and Herzegovina" (the JDK writes "Bosnia & Herzegovina"), "P.R. China". */
    static boolean isCountryName(String s) {
        String t = s.trim();
        return org.collabrisk.domain.Country.parse(t).isPresent()
                || t.contains(" and ") && org.collabrisk.domain.Country.parse(t.replace(" and ", " & ")).isPresent();
    }

    private static boolean hasAbjad(NameNormalizer.Normalized n) {
        for (byte f : n.flags()) {
            if ((f & NameNormalizer.FROM_ABJAD) != 0) {
                return true;
            }
        }
        return false;
    }

    private static String compact(String[] tokens) {
        return String.join("", tokens);
    }

    private static String sortedKey(NameNormalizer.Normalized n) {
        String[] t = n.tokens().clone();
        Arrays.sort(t);
        return String.join(" ", t);
    }

    private static Map<String, int[]> toArrays(Map<String, List<Integer>> m) {
        Map<String, int[]> out = new HashMap<>(m.size() * 2);
        for (Map.Entry<String, List<Integer>> e : m.entrySet()) {
            out.put(e.getKey(), e.getValue().stream().mapToInt(Integer::intValue).toArray());
        }
        return out;
    }
}
