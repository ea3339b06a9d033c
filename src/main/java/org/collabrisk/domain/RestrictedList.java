package org.collabrisk.domain;

import java.util.Locale;

/**
 * The restricted-party lists CollabRisk knows (domain reference, section 4.3), with the Consolidated Screening
 * List's own source strings. {@code code} is what assessments and reports carry.
 */
public enum RestrictedList {
    EL("Entity List (EL) - Bureau of Industry and Security", "15 CFR 744.11, 744.16; Supp. No. 4 to Part 744"),
    DPL("Denied Persons List (DPL) - Bureau of Industry and Security", "15 CFR Part 764, Supp. No. 2; denial orders"),
    UVL("Unverified List (UVL) - Bureau of Industry and Security", "15 CFR 744.15; Supp. No. 6 to Part 744"),
    MEU("Military End User (MEU) List - Bureau of Industry and Security", "15 CFR 744.21; Supp. No. 7 to Part 744"),
    SDN("Specially Designated Nationals (SDN) - Treasury Department", "31 CFR Chapter V; 15 CFR 744.8"),
    SSI("Sectoral Sanctions Identifications List (SSI) - Treasury Department", "31 CFR Chapter V (E.O. 13662)"),
    FSE("Foreign Sanctions Evaders (FSE) - Treasury Department", "31 CFR Chapter V"),
    PLC("Palestinian Legislative Council List (PLC) - Treasury Department", "31 CFR Chapter V"),
    CMIC("Non-SDN Chinese Military-Industrial Complex Companies List (CMIC) - Treasury Department", "E.O. 13959 as amended"),
    NS_MBS("Non-SDN Menu-Based Sanctions List (NS-MBS List) - Treasury Department", "31 CFR Chapter V"),
    CAPTA("Correspondent Account or Payable-Through Account Sanctions (CAPTA) - Treasury Department", "31 CFR Chapter V"),
    DTC("ITAR Debarred (DTC) - State Department", "22 CFR 127.7"),
    ISN("Nonproliferation Sanctions (ISN) - State Department", "various nonproliferation statutes"),
    CUSTOM("Custom list", "an office's internal list");

    private final String cslSource;
    private final String legalBasis;

    RestrictedList(String cslSource, String legalBasis) {
        this.cslSource = cslSource;
        this.legalBasis = legalBasis;
    }

    public String code() {
        return name().replace('_', '-');
    }

    public String cslSource() {
        return cslSource;
    }

    public String legalBasis() {
        return legalBasis;
    }

    /** Accepts "EL", "NS-MBS", "ns_mbs"; unknown codes count as CUSTOM lists. */
    public static RestrictedList fromCode(String code) {
        if (code == null) {
            return CUSTOM;
        }
        String c = code.trim().toUpperCase(Locale.ROOT).replace('-', '_');
        for (RestrictedList l : values()) {
            if (l.name().equals(c)) {
                return l;
            }
        }
        return CUSTOM;
    }

    /** Maps a CSL {@code source} column value (exact or by its parenthesised abbreviation) to a list. */
    public static RestrictedList fromCslSource(String source) {
        if (source == null) {
            return CUSTOM;
        }
        for (RestrictedList l : values()) {
            if (l.cslSource.equalsIgnoreCase(source.trim())) {
                return l;
            }
        }
        String s = source.toUpperCase(Locale.ROOT);
        for (RestrictedList l : values()) {
            if (s.contains("(" + l.code() + ")") || s.contains("(" + l.code() + " LIST)")) {
                return l;
            }
        }
        return CUSTOM;
    }
}
