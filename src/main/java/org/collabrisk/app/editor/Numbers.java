package org.collabrisk.app.editor;

import org.collabrisk.domain.InvalidInputException;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses the numbers users type for training operations and parameters ("1e26", "10^26", "1.2 x 10^25",
 * "3,000,000") and benchmark lists ("MMLU=87.1; GPQA_DIAMOND=52"), and prints them back compactly.
 */
public final class Numbers {

    private static final Pattern POWER = Pattern.compile("^([0-9.]+)?\\s*(?:[x×*]\\s*)?10\\s*\\^\\s*([0-9]+)$");

    private Numbers() {
    }

    /** Null for blank text; {@link InvalidInputException} naming the field for anything else not a number. */
    public static Double parse(String field, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String t = text.trim().replace(",", "").replace("_", "").replace(" ", "").toLowerCase(Locale.ROOT);
        Matcher m = POWER.matcher(t);
        try {
            double v;
            if (m.matches()) {
                double mantissa = m.group(1) == null || m.group(1).isEmpty() ? 1 : Double.parseDouble(m.group(1));
                v = mantissa * Math.pow(10, Integer.parseInt(m.group(2)));
            } else {
                v = Double.parseDouble(t);
            }
            if (v < 0 || Double.isNaN(v) || Double.isInfinite(v)) {
                throw new NumberFormatException();
            }
            return v;
        } catch (NumberFormatException e) {
            throw new InvalidInputException(field + ": '" + text.trim()
                    + "' is not a number (write e.g. 1e26 or 10^26)");
        }
    }

    /** The problem with {@code text} as a number, or null when it is fine (blank is fine: unknown). */
    public static String problem(String field, String text) {
        try {
            parse(field, text);
            return null;
        } catch (InvalidInputException e) {
            return e.getMessage();
        }
    }

    public static String format(Double value) {
        if (value == null) {
            return "";
        }
        double v = value;
        if (v != 0 && (Math.abs(v) >= 1e6 || Math.abs(v) < 1e-3)) {
            String s = String.format(Locale.ROOT, "%.3e", v); // 1.000e+26
            String[] parts = s.split("e");
            String mant = parts[0].replaceAll("0+$", "").replaceAll("\\.$", "");
            int exp = Integer.parseInt(parts[1]);
            return mant + "e" + exp;
        }
        if (v == Math.rint(v)) {
            return Long.toString((long) v);
        }
        return Double.toString(v);
    }

    /** Parses "MMLU=87.1; GPQA_DIAMOND=52" (also ',' or newlines between pairs, ':' instead of '='). */
    public static Map<String, Double> parseBenchmarks(String text) {
        Map<String, Double> out = new LinkedHashMap<>();
        if (text == null || text.isBlank()) {
            return out;
        }
        for (String pair : text.split("[;,\\n]")) {
            if (pair.isBlank()) {
                continue;
            }
            String[] kv = pair.split("[=:]", 2);
            if (kv.length != 2 || kv[0].isBlank()) {
                throw new InvalidInputException("benchmarks: '" + pair.trim()
                        + "' should be NAME=score, e.g. MMLU=87.1");
            }
            String name = kv[0].trim().toUpperCase(Locale.ROOT).replace(' ', '_');
            Double score = parse("benchmarks: " + name, kv[1].replace("%", ""));
            if (score == null) {
                throw new InvalidInputException("benchmarks: " + name + " has no score");
            }
            if (out.put(name, score) != null) {
                throw new InvalidInputException("benchmarks: " + name + " is given twice");
            }
        }
        return out;
    }

    public static String formatBenchmarks(Map<String, Double> benchmarks) {
        StringBuilder sb = new StringBuilder();
        benchmarks.forEach((k, v) -> {
            if (sb.length() > 0) {
                sb.append("; ");
            }
            sb.append(k).append('=').append(format(v));
        });
        return sb.toString();
    }
}
