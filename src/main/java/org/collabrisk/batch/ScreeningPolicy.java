package org.collabrisk.batch;

import org.collabrisk.domain.InvalidInputException;
import org.collabrisk.domain.RestrictedList;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

/**
 * Which list hits a conference treats as reasons to look at a paper. NeurIPS 2026 restricted its policy to OFAC
 * SDN entities "as in previous years" (apology of 2026-03-27, after a handbook of 2026-03-23 had linked the BIS
 * Entity List too; docs peers.md section f). Country flags (embargoed or comprehensively sanctioned places) are
 * reported under every policy, as their own kind of finding.
 */
public enum ScreeningPolicy {
    SDN("sdn", "OFAC SDN list only (NeurIPS 2026 policy)", EnumSet.of(RestrictedList.SDN)),
    SDN_EL("sdn+el", "OFAC SDN list and BIS Entity List", EnumSet.of(RestrictedList.SDN, RestrictedList.EL)),
    ALL("all", "every loaded list", EnumSet.allOf(RestrictedList.class));

    private final String code;
    private final String description;
    private final Set<RestrictedList> lists;

    ScreeningPolicy(String code, String description, Set<RestrictedList> lists) {
        this.code = code;
        this.description = description;
        this.lists = lists;
    }

    public String code() {
        return code;
    }

    public String description() {
        return description;
    }

    /** True when a hit on this list code counts under the policy. Unknown codes are custom lists (policy {@code all}). */
    public boolean includes(String listCode) {
        return lists.contains(RestrictedList.fromCode(listCode));
    }

    public static ScreeningPolicy parse(String code) {
        if (code != null) {
            String c = code.strip().toLowerCase(Locale.ROOT).replace(' ', '+');
            for (ScreeningPolicy p : values()) {
                if (p.code.equals(c) || p.name().equalsIgnoreCase(c)) {
                    return p;
                }
            }
        }
        throw new InvalidInputException("--policy: '" + code + "' is not a policy (use sdn, sdn+el or all)");
    }

    @Override
    public String toString() {
        return code;
    }
}
