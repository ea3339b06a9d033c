package org.collabrisk.service;

import org.collabrisk.store.AuditEntry;
import org.collabrisk.store.AuditVerification;
import org.collabrisk.store.Database;
import org.collabrisk.store.JdbcAuditLog;

import java.util.List;

/** Reading and verifying the audit log. Thread-safe. */
public final class AuditService {
    private final Database db;
    private final JdbcAuditLog audit = new JdbcAuditLog();

    public AuditService(Database db) {
        this.db = db;
    }

    /** Recomputes the hash chain and names the first altered or removed entry. */
    public AuditVerification verify() {
        return db.read(audit::verify);
    }

    /** Entries about one subject (a case id, "list:<id>"), or all when {@code subject} is null. */
    public List<AuditEntry> entries(String subject) {
        return db.read(conn -> audit.entries(conn, subject));
    }
}
