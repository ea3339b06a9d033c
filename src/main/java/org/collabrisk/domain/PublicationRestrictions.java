package org.collabrisk.domain;

/** Restrictions on publishing the research results (case file `paper.publicationRestrictions`); see 15 CFR 734.8(b). */
public enum PublicationRestrictions {
    NONE, SPONSOR_REVIEW_ONLY, SPONSOR_MAY_WITHHOLD, PROPRIETARY
}
