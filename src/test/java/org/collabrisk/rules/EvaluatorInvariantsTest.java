package org.collabrisk.rules;

import org.collabrisk.domain.Artifact;
import org.collabrisk.domain.ArtifactKind;
import org.collabrisk.domain.Assessment;
import org.collabrisk.domain.Channel;
import org.collabrisk.domain.Country;
import org.collabrisk.domain.DerivedFrom;
import org.collabrisk.domain.Encryption;
import org.collabrisk.domain.Outcome;
import org.collabrisk.domain.Paper;
import org.collabrisk.domain.Person;
import org.collabrisk.domain.PublicationRestrictions;
import org.collabrisk.domain.Release;
import org.collabrisk.domain.Remedy;
import org.collabrisk.domain.ResearchCase;
import org.collabrisk.domain.ScreeningHit;
import org.collabrisk.domain.Stage;
import org.collabrisk.domain.UsStatus;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Properties that hold for every case, checked on randomly generated cases with unknown (null) facts sprinkled in:
 * missing facts never clear silently (every REVIEW comes with a question), remedies always lower the outcome,
 * every reason cites something, hypothetical rule sets label every reason.
 */
class EvaluatorInvariantsTest {

    private static final String[] COUNTRIES = {"US", "CN", "DE", "IN", "RU", "IR", "GB", "FR", "KR", "JP", "CA", "BR",
            "HK", "MO", "CU", "KP", "SY", "BY", "UA", "AE", "IL", "TW", "VN", "SG", "AU"};
    private static final String[] ECCNS = {null, null, null, "EAR99", "3E001", "4E091", "5D002", "0D521", "4D090", "9Z999"};
    private static final String[] LISTS = {"EL", "DPL", "SDN", "UVL", "MEU", "SSI"};

    private static <T> T maybeNull(Random r, T value) {
        return r.nextInt(6) == 0 ? null : value;
    }

    private static Country country(Random r) {
        return Country.of(COUNTRIES[r.nextInt(COUNTRIES.length)]);
    }

    static ResearchCase randomCase(Random r) {
        List<Person> people = new ArrayList<>();
        int n = 1 + r.nextInt(5);
        for (int i = 0; i < n; i++) {
            List<Country> cits = new ArrayList<>();
            int k = r.nextInt(3);
            for (int j = 0; j < k; j++) {
                Country c = country(r);
                if (!cits.contains(c)) {
                    cits.add(c);
                }
            }
            people.add(new Person("p" + i, "Person " + i, "Affiliation", country(r), cits,
                    r.nextInt(4) == 0 ? country(r) : null, r.nextBoolean() ? maybeNull(r, country(r)) : null,
                    maybeNull(r, UsStatus.values()[r.nextInt(UsStatus.values().length)]), maybeNull(r, country(r))));
        }
        List<Artifact> artifacts = new ArrayList<>();
        int m = 1 + r.nextInt(4);
        for (int i = 0; i < m; i++) {
            ArtifactKind kind = ArtifactKind.values()[r.nextInt(ArtifactKind.values().length)];
            artifacts.add(new Artifact("a" + i, kind, "Artifact " + i, maybeNull(r, r.nextBoolean()),
                    maybeNull(r, r.nextBoolean()), ECCNS[r.nextInt(ECCNS.length)],
                    maybeNull(r, Math.pow(10, 22 + r.nextInt(6) + r.nextDouble())), maybeNull(r, 1e9 * (1 + r.nextInt(2000))),
                    maybeNull(r, r.nextBoolean()), r.nextInt(3) == 0 ? new DerivedFrom(maybeNull(r, r.nextBoolean()),
                    maybeNull(r, 1e25 * (1 + r.nextInt(30))), maybeNull(r, 1e23 * (1 + r.nextInt(500)))) : null,
                    r.nextBoolean() ? Map.of("MMLU", 50.0 + r.nextInt(45), "GPQA_DIAMOND", 20.0 + r.nextInt(50),
                            "AGENTBENCH", 1.0 + r.nextInt(10)) : Map.of(),
                    maybeNull(r, Encryption.values()[r.nextInt(Encryption.values().length)]),
                    maybeNull(r, Channel.values()[r.nextInt(Channel.values().length)]), List.of()));
        }
        Paper paper = new Paper("Paper", "Venue", maybeNull(r, Stage.values()[r.nextInt(Stage.values().length)]),
                maybeNull(r, r.nextBoolean()), maybeNull(r, PublicationRestrictions.values()[r.nextInt(4)]));
        return new ResearchCase(1, "rand", "Random", paper, people, artifacts);
    }

    static List<ScreeningHit> randomHits(Random r, ResearchCase c) {
        List<ScreeningHit> hits = new ArrayList<>();
        for (Person p : c.people()) {
            if (r.nextInt(4) == 0) {
                hits.add(new ScreeningHit(p.id(), r.nextBoolean() ? "name" : "affiliation", LISTS[r.nextInt(LISTS.length)],
                        "E1", "Listed Entity", "Listed Entity", 0.9, r.nextBoolean() ? "MATCH" : "REVIEW",
                        r.nextBoolean() ? "For all items subject to the EAR" : null,
                        r.nextBoolean() ? "Presumption of denial" : "Case-by-case"));
            }
        }
        return hits;
    }

    @Test
    void propertiesHoldForSixHundredRandomCasesUnderEveryRuleSet() {
        Random r = new Random(20261122L);
        Evaluator ev = new Evaluator();
        int reviews = 0;
        for (int i = 0; i < 600; i++) {
            ResearchCase c = randomCase(r);
            List<ScreeningHit> hits = randomHits(r, c);
            for (RuleSet rs : RuleSetCatalog.builtIns()) {
                Assessment a = ev.assess(c, rs, hits);
                assertEquals(c.artifacts().size() * c.people().size(), a.releases().size());
                Outcome worst = Outcome.NOT_SUBJECT;
                for (Release rel : a.releases()) {
                    String where = rs.id() + " case " + i + " " + rel.artifact() + "/" + rel.person() + ": " + rel;
                    worst = Outcome.max(worst, rel.outcome());
                    assertFalse(rel.reasons().isEmpty(), where);
                    rel.reasons().forEach(x -> {
                        assertNotNull(x.citation(), where);
                        assertFalse(x.citation().isBlank(), where);
                        assertFalse(x.text().isBlank(), where);
                        assertTrue(!rs.hypothetical() || x.text().startsWith("HYPOTHETICAL"), where);
                    });
                    for (Remedy m : rel.remedies()) {
                        assertTrue(m.resultingOutcome().compareTo(rel.outcome()) < 0
                                || m.citation().equals("15 CFR Part 748"), where);
                    }
                    assertEquals(rel.remedies().size(), rel.remediation().size(), where);
                    if (rel.outcome().compareTo(Outcome.NO_LICENSE_REQUIRED) <= 0) {
                        assertTrue(rel.remedies().isEmpty(), where);
                    }
                    if (rel.outcome() == Outcome.REVIEW) {
                        reviews++;
                        assertFalse(a.questions().isEmpty(), "REVIEW without a question: " + where);
                        assertEquals(null, rel.licenseRequired(), where);
                    }
                    if (rel.outcome() == Outcome.NOT_SUBJECT) {
                        assertTrue(rel.licenseRequired() == null || !rel.licenseRequired(), where);
                    }
                }
                assertEquals(worst, a.overall());
            }
        }
        assertTrue(reviews > 50, "the random cases should exercise REVIEW often: " + reviews);
    }
}
