package org.collabrisk.domain;

/** How the artifact reaches the recipient. */
public enum Channel {
    EMAIL, REPOSITORY_ACCESS, CLOUD_STORAGE, ORAL_OR_VISUAL, CONFERENCE_TALK, PUBLICATION
}
