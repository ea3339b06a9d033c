package org.collabrisk.domain;

/** One step of a decision: the rule applied, the regulation it rests on, and what it found, in words. */
public record Reason(String rule, String citation, String text) {
}
