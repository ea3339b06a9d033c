package org.collabrisk.screening;

import org.collabrisk.domain.Person;
import org.collabrisk.domain.ResearchCase;
import org.collabrisk.domain.ScreeningHit;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Screens a case's people (issue 3, items 3 and 6): each person's name against entries that are or may be
 * individuals, and each affiliation (several may be joined with "+" or ";") against entries that are or may be
 * organisations, separately, so every hit says which field matched. Hits carry the Entity List / MEU licence
 * requirement and review policy (15 CFR 744.11, 744.21) for the evaluator.
 */
public final class CaseScreener {

    private final ScreeningIndex index;
    private final double threshold;

    public CaseScreener(ScreeningIndex index) {
        this(index, ScreeningIndex.REVIEW_THRESHOLD);
    }

    public CaseScreener(ScreeningIndex index, double threshold) {
        this.index = index;
        this.threshold = threshold;
    }

    public List<ScreeningHit> screen(ResearchCase researchCase) {
        return screen(researchCase, Set.of());
    }

    /** Hits for every person of the case, without the pairs a reviewer has suppressed. */
    public List<ScreeningHit> screen(ResearchCase researchCase, Set<Suppression> suppressed) {
        List<ScreeningHit> hits = new ArrayList<>();
        for (Person p : researchCase.people()) {
            hits.addAll(screen(p, suppressed));
        }
        return hits;
    }

    public List<ScreeningHit> screen(Person person, Set<Suppression> suppressed) {
        List<ScreeningHit> hits = new ArrayList<>();
        if (person.name() != null && !person.name().isBlank()) {
            for (NameMatch m : index.search(person.name(), threshold, SearchOptions.forPersonNames(suppressed))) {
                hits.add(toHit(person.id(), ScreeningHit.FIELD_NAME, m));
            }
        }
        for (NameMatch m : screenAffiliation(person.affiliation(), suppressed)) {
            hits.add(toHit(person.id(), ScreeningHit.FIELD_AFFILIATION, m));
        }
        return hits;
    }

    /** An affiliation's hits; "A + B" and "A; B" are screened part by part, best hit per entry kept. */
    public List<NameMatch> screenAffiliation(String affiliation, Set<Suppression> suppressed) {
        if (affiliation == null || affiliation.isBlank()) {
            return List.of();
        }
        Map<String, NameMatch> best = new LinkedHashMap<>();
        for (String part : affiliation.split("\\s*[+;]\\s*")) {
            if (part.isBlank()) {
                continue;
            }
            for (NameMatch m : index.search(part.trim(), threshold, SearchOptions.forAffiliations(suppressed))) {
                best.merge(m.list() + "|" + m.entryId(), m, (x, y) -> y.score() > x.score() ? y : x);
            }
        }
        List<NameMatch> out = new ArrayList<>(best.values());
        out.sort((x, y) -> Double.compare(y.score(), x.score()));
        return out;
    }

    public static ScreeningHit toHit(String personId, String field, NameMatch m) {
        return new ScreeningHit(personId, field, m.list(), m.entryId(), m.entryName(), m.matchedName(), m.score(),
                m.band().name(), m.entry().licenseRequirement(), m.entry().licensePolicy());
    }
}
