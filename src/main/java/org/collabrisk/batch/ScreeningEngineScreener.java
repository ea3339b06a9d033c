package org.collabrisk.batch;

import org.collabrisk.domain.Country;
import org.collabrisk.domain.ListEntry;
import org.collabrisk.domain.ListVersion;
import org.collabrisk.domain.ScreeningList;
import org.collabrisk.screening.ListImporters;
import org.collabrisk.screening.MatchBand;
import org.collabrisk.screening.NameMatch;
import org.collabrisk.screening.ScreeningIndex;
import org.collabrisk.screening.SearchOptions;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The screening engine ({@code org.collabrisk.screening}) as the batch's {@link NameScreener}: list files are read
 * with {@link ListImporters}, indexed with {@link ScreeningIndex}, and searched with the engine's own options for
 * person names and affiliations. Thread-safe, as the index is.
 */
public final class ScreeningEngineScreener implements NameScreener {

    private static final SearchOptions PEOPLE = SearchOptions.forPersonNames(Set.of());
    private static final SearchOptions ORGANISATIONS = SearchOptions.forAffiliations(Set.of());

    private final List<ScreeningList> lists;
    private final ScreeningIndex index;

    public ScreeningEngineScreener(List<ScreeningList> lists) {
        this.lists = List.copyOf(lists);
        this.index = ScreeningIndex.build(this.lists);
    }

    /** Imports every file (all or nothing: a bad file throws, naming it) and builds the index. */
    public static ScreeningEngineScreener load(List<Path> files) {
        return new ScreeningEngineScreener(ListImporters.importAll(files));
    }

    public static ScreenerFactory factory() {
        return ScreeningEngineScreener::load;
    }

    /** The imported lists (entries included), e.g. for the benchmark's exact-name check. */
    public List<ScreeningList> lists() {
        return lists;
    }

    @Override
    public List<ScreenedMatch> search(String query, double threshold, NameKind kind) {
        List<NameMatch> matches = index.search(query, threshold, kind == NameKind.PERSON ? PEOPLE : ORGANISATIONS);
        List<ScreenedMatch> out = new ArrayList<>(matches.size());
        for (NameMatch m : matches) {
            if (m.band() == MatchBand.BELOW || isOnlyAPlaceName(m.matchedName())) {
                continue;
            }
            ListEntry e = m.entry();
            out.add(new ScreenedMatch(m.list(), e.id(), e.name(), m.matchedName(), m.score(), m.band().name(),
                    e.licenseRequirement(), e.licensePolicy(), e.federalRegister()));
        }
        return out;
    }

    /**
     * An "alias" that is only a country or territory name ("HONG KONG", split out of "LEADER (HONG KONG)
     * INTERNATIONAL TRADING LIMITED") is an address qualifier, not a name of the party: matching it would flag every
     * affiliation in that place (every Hong Kong university against several SDN and Entity List companies in the
     * 2022 CSL). Such hits are dropped here; sanctioned places are flagged separately by {@link SanctionedPlace}.
     */
    static boolean isOnlyAPlaceName(String alias) {
        return alias != null && alias.strip().length() > 3 && Country.parse(alias).isPresent();
    }

    @Override
    public List<ListVersion> listVersions() {
        return lists.stream().map(ScreeningList::version).toList();
    }
}
