package org.collabrisk.batch;

/**
 * What a screened string is: an author's name is compared with listed people, an affiliation with listed
 * organisations (entries whose kind the list does not say are compared with both, by the engine).
 */
public enum NameKind {
    PERSON, ORGANISATION
}
