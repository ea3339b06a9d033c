package org.collabrisk.rules;

import org.collabrisk.domain.Country;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;

/**
 * An immutable set of countries as a bit set over the 26 x 26 possible alpha-2 codes: membership is two array
 * reads, so the evaluator can test groups and chart columns on every release without hashing.
 */
public final class CountrySet {
    private static final int SIZE = 26 * 26;
    public static final CountrySet EMPTY = new CountrySet(new long[(SIZE + 63) / 64]);
    public static final CountrySet ALL = allCodes();

    private final long[] bits;

    private CountrySet(long[] bits) {
        this.bits = bits;
    }

    static int index(String code) {
        return (code.charAt(0) - 'A') * 26 + (code.charAt(1) - 'A');
    }

    public static CountrySet of(Collection<Country> countries) {
        long[] b = new long[EMPTY.bits.length];
        for (Country c : countries) {
            int i = index(c.code());
            b[i >> 6] |= 1L << (i & 63);
        }
        return new CountrySet(b);
    }

    public static CountrySet ofCodes(String... codes) {
        List<Country> list = new ArrayList<>();
        for (String c : codes) {
            list.add(Country.of(c));
        }
        return of(list);
    }

    /** Every ISO 3166-1 alpha-2 code the JDK knows. */
    private static CountrySet allCodes() {
        long[] b = new long[EMPTY.bits.length];
        for (String c : Country.all().keySet()) {
            int i = index(c);
            b[i >> 6] |= 1L << (i & 63);
        }
        return new CountrySet(b);
    }

    public boolean contains(Country c) {
        if (c == null) {
            return false;
        }
        int i = index(c.code());
        return (bits[i >> 6] & (1L << (i & 63))) != 0;
    }

    public CountrySet union(CountrySet o) {
        long[] b = bits.clone();
        for (int i = 0; i < b.length; i++) {
            b[i] |= o.bits[i];
        }
        return new CountrySet(b);
    }

    public CountrySet minus(CountrySet o) {
        long[] b = bits.clone();
        for (int i = 0; i < b.length; i++) {
            b[i] &= ~o.bits[i];
        }
        return new CountrySet(b);
    }

    public boolean isEmpty() {
        for (long l : bits) {
            if (l != 0) {
                return false;
            }
        }
        return true;
    }

    public int size() {
        int n = 0;
        for (long l : bits) {
            n += Long.bitCount(l);
        }
        return n;
    }

    /** The members in code order. */
    public List<Country> members() {
        List<Country> out = new ArrayList<>();
        for (int i = 0; i < SIZE; i++) {
            if ((bits[i >> 6] & (1L << (i & 63))) != 0) {
                out.add(Country.of("" + (char) ('A' + i / 26) + (char) ('A' + i % 26)));
            }
        }
        return out;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof CountrySet s && Arrays.equals(bits, s.bits);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(bits);
    }

    @Override
    public String toString() {
        return members().toString();
    }
}
