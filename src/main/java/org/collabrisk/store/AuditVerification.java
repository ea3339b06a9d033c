package org.collabrisk.store;

/**
 * The result of recomputing the audit chain: {@code ok}, the number of entries checked, and when broken, the first
 * entry found altered or missing ({@code firstBadSeq}) with one sentence saying what is wrong.
 */
public record AuditVerification(boolean ok, long entriesChecked, long firstBadSeq, String problem) {

    public static AuditVerification valid(long entries) {
        return new AuditVerification(true, entries, 0, null);
    }

    public static AuditVerification broken(long entriesChecked, long seq, String problem) {
        return new AuditVerification(false, entriesChecked, seq, problem);
    }
}
