package org.collabrisk.store;

import java.time.Instant;

/**
 * One audit-log entry. {@code subject} names what was acted on by id only (a case id, a list id); {@code detail}
 * never carries personal data such as citizenships. {@code hash} = SHA-256 over the previous hash and this entry's
 * fields (see {@link JdbcAuditLog#hashOf}).
 */
public record AuditEntry(long seq, Instant at, String actor, String action, String subject, String detail,
                         String prevHash, String hash) {
}
