package org.collabrisk.batch;

/**
 * One list hit for a screened name, as the batch needs it: the list code, the list's own entry id, the entry's
 * primary name, the alias that matched, the score and band ({@code MATCH} or {@code REVIEW}), and for Entity List
 * style entries the licence requirement, review policy and Federal Register citation (null when the list has none).
 */
public record ScreenedMatch(String list, String entry, String entryName, String matchedName, double score,
                            String band, String licenseRequirement, String licensePolicy, String federalRegister) {
}
