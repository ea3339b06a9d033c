package org.collabrisk.exchange;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;

import java.util.List;

/** Turns Jackson's reference chains into paths users read: {@code people[2].citizenships[0]}. */
final class JsonPaths {
    private JsonPaths() {
    }

    static String of(List<JsonMappingException.Reference> refs) {
        StringBuilder sb = new StringBuilder();
        for (JsonMappingException.Reference r : refs) {
            if (r.getFieldName() != null) {
                if (sb.length() > 0) {
                    sb.append('.');
                }
                sb.append(r.getFieldName());
            } else if (r.getIndex() >= 0) {
                sb.append('[').append(r.getIndex()).append(']');
            }
        }
        return sb.toString();
    }

    private static String describeType(Class<?> t) {
        if (Number.class.isAssignableFrom(t) || t == double.class || t == int.class || t == long.class) {
            return "a number";
        }
        if (t == Boolean.class || t == boolean.class) {
            return "true, false or null";
        }
        if (t == String.class) {
            return "a text value";
        }
        if (java.util.Collection.class.isAssignableFrom(t)) {
            return "a list [ ... ]";
        }
        if (java.util.Map.class.isAssignableFrom(t) || t.isRecord()) {
            return "an object { ... }";
        }
        return "a value of type " + t.getSimpleName();
    }

    static String parent(String path) {
        int dot = path.lastIndexOf('.');
        int bracket = path.lastIndexOf('[');
        int cut = Math.max(dot, bracket);
        return cut < 0 ? "" : path.substring(0, cut);
    }

    /** Jackson's message without its location and reference-chain tail, in words a user reads. */
    static String shortMessage(JsonProcessingException e) {
        if (e instanceof com.fasterxml.jackson.databind.exc.InvalidFormatException f && f.getTargetType() != null
                && f.getTargetType().isEnum()) {
            return "'" + f.getValue() + "' is not one of " + java.util.Arrays.stream(f.getTargetType().getEnumConstants())
                    .map(Object::toString).collect(java.util.stream.Collectors.joining(", "));
        }
        if (e instanceof com.fasterxml.jackson.databind.exc.InvalidNullException) {
            return "null is not allowed here";
        }
        if (e instanceof com.fasterxml.jackson.databind.exc.MismatchedInputException m && m.getTargetType() != null) {
            return "expected " + describeType(m.getTargetType());
        }
        String m = e.getOriginalMessage();
        if (m == null) {
            return "invalid JSON";
        }
        int cut = m.indexOf("\n at [Source");
        m = cut >= 0 ? m.substring(0, cut) : m;
        m = m.replace("java.lang.", "").replace("org.collabrisk.domain.", "");
        int nl = m.indexOf('\n');
        return nl >= 0 ? m.substring(0, nl) : m;
    }
}
