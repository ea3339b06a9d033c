package org.collabrisk.service;

import org.collabrisk.domain.ResearchCase;
import org.collabrisk.store.CaseSummary;

/** A case as stored: its listing columns (status, revision, outcome, times) and its content. */
public record StoredCase(CaseSummary summary, ResearchCase content) {
    public String id() {
        return summary.id();
    }
}
