package org.collabrisk.domain;

import java.time.LocalDate;

/** A screening list as loaded: where it came from, its as-of date, row count and SHA-256 of the file. */
public record ListVersion(String name, String source, LocalDate asOf, int rows, String sha256) {
}
