package org.collabrisk.domain;

import java.util.List;

/**
 * A co-author or other recipient. {@code mostRecentStatusCountry} is the most recent country of citizenship or
 * permanent residency (15 CFR 734.13(b)); {@code location} is where the release to this person happens.
 * Any country may be null (unknown); unknown facts lead to REVIEW, never to a silent clear.
 */
public record Person(String id, String name, String affiliation, Country affiliationCountry,
                     List<Country> citizenships, Country permanentResidence, Country mostRecentStatusCountry,
                     UsStatus usStatus, Country location) {

    public Person {
        citizenships = citizenships == null ? List.of() : List.copyOf(citizenships);
    }
}
