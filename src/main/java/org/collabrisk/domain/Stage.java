package org.collabrisk.domain;

/** Where the paper stands (case file `paper.stage`). */
public enum Stage {
    DRAFT, SUBMITTED, ACCEPTED, PUBLISHED
}
