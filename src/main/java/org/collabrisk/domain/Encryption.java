package org.collabrisk.domain;

/** Encryption functionality of an artifact (5D002 / 742.15). */
public enum Encryption {
    NONE, STANDARD, NON_STANDARD
}
