package org.collabrisk.domain;

import java.time.LocalDate;
import java.util.List;

/** Which rule set an assessment used: id, version, title, the date of the law it models, and its sources. */
public record RuleSetRef(String id, String version, String title, LocalDate date, boolean hypothetical,
                         List<String> sources) {
    public RuleSetRef {
        sources = sources == null ? List.of() : List.copyOf(sources);
    }
}
