package org.collabrisk.domain;

/**
 * The paper. {@code fundamentalResearch}: research at an institution whose results are intended to be published
 * (15 CFR 734.8); null = unknown. {@code publicationRestrictions}: null = unknown.
 */
public record Paper(String title, String venue, Stage stage, Boolean fundamentalResearch,
                    PublicationRestrictions publicationRestrictions) {
}
