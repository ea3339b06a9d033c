package org.collabrisk.rules;

import org.collabrisk.domain.Artifact;
import org.collabrisk.domain.ArtifactKind;
import org.collabrisk.domain.Channel;
import org.collabrisk.domain.Country;
import org.collabrisk.domain.DerivedFrom;
import org.collabrisk.domain.Encryption;
import org.collabrisk.domain.Paper;
import org.collabrisk.domain.Person;
import org.collabrisk.domain.PublicationRestrictions;
import org.collabrisk.domain.ResearchCase;
import org.collabrisk.domain.Stage;
import org.collabrisk.domain.UsStatus;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Small builders for test cases: one artifact, one person, everything else defaulted to a plain subject case. */
final class Cases {
    private Cases() {
    }

    static Paper paper(Boolean fr, PublicationRestrictions r) {
        return new Paper("A paper", "NeurIPS", Stage.DRAFT, fr, r);
    }

    /** Not fundamental research (a company project): nothing excluded unless the artifact says so. */
    static Paper companyPaper() {
        return paper(false, PublicationRestrictions.PROPRIETARY);
    }

    static PersonBuilder person(String id) {
        return new PersonBuilder(id);
    }

    static ArtifactBuilder artifact(String id, ArtifactKind kind) {
        return new ArtifactBuilder(id, kind);
    }

    static ResearchCase of(Paper paper, List<Person> people, List<Artifact> artifacts) {
        return new ResearchCase(1, "case-1", "Test case", paper, people, artifacts);
    }

    static ResearchCase single(Paper paper, Person person, Artifact artifact) {
        return of(paper, List.of(person), List.of(artifact));
    }

    static final class PersonBuilder {
        String id;
        String name;
        String affiliation = "Some University";
        Country affiliationCountry = Country.of("US");
        List<Country> citizenships = new ArrayList<>();
        Country pr;
        Country mostRecent;
        UsStatus status = UsStatus.FOREIGN_PERSON;
        Country location = Country.of("US");

        PersonBuilder(String id) {
            this.id = id;
            this.name = "Person " + id;
        }

        PersonBuilder citizen(String... codes) {
            for (String c : codes) {
                citizenships.add(Country.of(c));
            }
            return this;
        }

        PersonBuilder pr(String code) {
            pr = code == null ? null : Country.of(code);
            return this;
        }

        PersonBuilder mostRecent(String code) {
            mostRecent = code == null ? null : Country.of(code);
            return this;
        }

        PersonBuilder status(UsStatus s) {
            status = s;
            return this;
        }

        PersonBuilder at(String code) {
            location = code == null ? null : Country.of(code);
            return this;
        }

        PersonBuilder affiliation(String a, String country) {
            affiliation = a;
            affiliationCountry = Country.of(country);
            return this;
        }

        Person build() {
            return new Person(id, name, affiliation, affiliationCountry, citizenships, pr, mostRecent, status, location);
        }
    }

    static final class ArtifactBuilder {
        String id;
        ArtifactKind kind;
        Boolean published = false;
        Boolean intended = false;
        String eccn;
        Double ops;
        Double params;
        Boolean moe = false;
        DerivedFrom derived;
        Map<String, Double> benchmarks = new LinkedHashMap<>();
        Encryption encryption = Encryption.NONE;
        Channel channel = Channel.EMAIL;

        ArtifactBuilder(String id, ArtifactKind kind) {
            this.id = id;
            this.kind = kind;
        }

        ArtifactBuilder published(Boolean b) {
            published = b;
            return this;
        }

        ArtifactBuilder intended(Boolean b) {
            intended = b;
            return this;
        }

        ArtifactBuilder eccn(String e) {
            eccn = e;
            return this;
        }

        ArtifactBuilder ops(Double o) {
            ops = o;
            return this;
        }

        ArtifactBuilder params(Double p, Boolean mixture) {
            params = p;
            moe = mixture;
            return this;
        }

        ArtifactBuilder derived(Boolean basePublished, Double base, Double additional) {
            derived = new DerivedFrom(basePublished, base, additional);
            return this;
        }

        ArtifactBuilder bench(String name, double score) {
            benchmarks.put(name, score);
            return this;
        }

        ArtifactBuilder encryption(Encryption e) {
            encryption = e;
            return this;
        }

        ArtifactBuilder channel(Channel c) {
            channel = c;
            return this;
        }

        Artifact build() {
            return new Artifact(id, kind, "Artifact " + id, published, intended, eccn, ops, params, moe, derived,
                    benchmarks, encryption, channel, List.of());
        }
    }
}
