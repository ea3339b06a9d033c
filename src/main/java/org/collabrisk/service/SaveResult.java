package org.collabrisk.service;

/** What saving a case did: created it, added a revision, or nothing (the content equals the current revision). */
public record SaveResult(StoredCase stored, Change change) {
    public enum Change { CREATED, REVISED, UNCHANGED }
}
