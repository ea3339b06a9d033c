package org.collabrisk.domain;

/** A person's status under 15 CFR 772.1 ("U.S. person" / "foreign person"). */
public enum UsStatus {
    CITIZEN, PERMANENT_RESIDENT, PROTECTED_INDIVIDUAL, FOREIGN_PERSON, UNKNOWN
}
