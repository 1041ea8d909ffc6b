package io.odigos.community.slack;

import com.google.gson.JsonElement;
import com.slack.api.Slack;
import com.slack.api.bolt.request.RequestHeaders;
import java.lang.reflect.Array;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.slf4j.Logger;

/**
 * Everything a listener can read from a parsed Bolt request, as a tree of sorted maps, lists and plain values, so two
 * parses compare whole: every public getter of the request, of its payload and of its context, followed down to plain
 * values, plus each Slack object's class. Nothing is picked by name, so a getter a new Bolt adds is compared too. A
 * type with no rule here fails the walk rather than being skipped.
 *
 * <p>What legitimately differs between Bolt's parse and the fast path, and how it is compared instead:
 * <ul>
 * <li>the request's own class: the fast path's is a subclass of Bolt's (listeners get it typed as Bolt's), so a class
 * outside the Slack SDK is recorded as its nearest Slack SDK superclass;</li>
 * <li>the context's {@link Slack} client and Bolt's {@link Logger}: services, not data, shared by every request;
 * recorded by identity, so both parses must hand over the same instance;</li>
 * <li>{@link RequestHeaders}: it has no getter for its values, so it is recorded as each name with its values.</li>
 * </ul>
 */
final class RequestTree {

    private static final String SLACK_SDK = "com.slack.api.";

    /** Far deeper than any payload: a walk this deep has met a cycle. */
    private static final int MAX_DEPTH = 64;

    private RequestTree() {
    }

    static Object of(Object request) {
        return walk(request, "request", 0);
    }

    /** Where two trees first differ, with both values, or null if they are equal. */
    static String difference(Object expected, Object actual) {
        return difference(expected, actual, "request");
    }

    private static Object walk(Object value, String path, int depth) {
        if (depth > MAX_DEPTH) {
            throw new AssertionError("Deeper than " + MAX_DEPTH + " levels at " + path + ": a cycle?");
        }
        if (value == null || value instanceof CharSequence || value instanceof Number || value instanceof Boolean
                || value instanceof Character || value instanceof Enum<?>) {
            return value instanceof CharSequence text ? text.toString() : value;
        }
        if (value instanceof JsonElement json) {
            return json.toString();
        }
        if (value instanceof Slack || value instanceof Logger) {
            return value.getClass().getName() + "@" + System.identityHashCode(value);
        }
        if (value instanceof RequestHeaders headers) {
            Map<String, Object> byName = new TreeMap<>();
            headers.getNames().forEach(name -> byName.put(name, headers.getMultipleValues(name)));
            return byName;
        }
        if (value instanceof Map<?, ?> map) {
            Map<String, Object> entries = new TreeMap<>();
            map.forEach((key, entry) ->
                    entries.put(String.valueOf(key), walk(entry, path + "[" + key + "]", depth + 1)));
            return entries;
        }
        if (value instanceof Collection<?> || value.getClass().isArray()) {
            List<Object> elements = new ArrayList<>();
            for (Object element : elements(value)) {
                elements.add(walk(element, path + "[" + elements.size() + "]", depth + 1));
            }
            if (value instanceof Set<?>) {
                elements.sort(Comparator.comparing(String::valueOf)); // a set's order is not data
            }
            return elements;
        }
        return bean(value, path, depth);
    }

    private static Map<String, Object> bean(Object value, String path, int depth) {
        Class<?> slackClass = value.getClass();
        while (slackClass != null && !slackClass.getName().startsWith(SLACK_SDK)) {
            slackClass = slackClass.getSuperclass();
        }
        if (slackClass == null) {
            throw new AssertionError("No rule to compare a " + value.getClass().getName() + " at " + path
                    + ": add one to RequestTree");
        }
        Map<String, Object> properties = new TreeMap<>();
        properties.put("class", slackClass.getName());
        for (Method getter : getters(value.getClass())) {
            properties.put(getter.getName(), walk(call(getter, value, path), path + "." + getter.getName(), depth + 1));
        }
        return properties;
    }

    private static List<Method> getters(Class<?> type) {
        return Arrays.stream(type.getMethods())
                .filter(m -> !Modifier.isStatic(m.getModifiers()) && m.getParameterCount() == 0 && !m.isBridge()
                        && !m.isSynthetic() && m.getReturnType() != void.class && !m.getName().equals("getClass")
                        && (m.getName().startsWith("get") || m.getName().startsWith("is")))
                .sorted(Comparator.comparing(Method::getName))
                .toList();
    }

    private static Object call(Method getter, Object target, String path) {
        try {
            getter.trySetAccessible(); // a public getter of a non-public class (Lombok builders, the fast path's own)
            return getter.invoke(target);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new AssertionError("Cannot read " + path + "." + getter.getName(), e);
        }
    }

    private static Iterable<?> elements(Object collectionOrArray) {
        if (collectionOrArray instanceof Collection<?> collection) {
            return collection;
        }
        List<Object> elements = new ArrayList<>();
        for (int i = 0; i < Array.getLength(collectionOrArray); i++) {
            elements.add(Array.get(collectionOrArray, i));
        }
        return elements;
    }

    private static String difference(Object expected, Object actual, String path) {
        if (expected instanceof Map<?, ?> left && actual instanceof Map<?, ?> right) {
            Set<String> keys = new TreeSet<>();
            left.keySet().forEach(key -> keys.add(String.valueOf(key)));
            right.keySet().forEach(key -> keys.add(String.valueOf(key)));
            for (String key : keys) {
                String found = difference(left.get(key), right.get(key), path + "." + key);
                if (found != null) {
                    return found;
                }
            }
            return null;
        }
        if (expected instanceof List<?> left && actual instanceof List<?> right && left.size() == right.size()) {
            for (int i = 0; i < left.size(); i++) {
                String found = difference(left.get(i), right.get(i), path + "[" + i + "]");
                if (found != null) {
                    return found;
                }
            }
            return null;
        }
        return Objects.equals(expected, actual) ? null : path + ": Bolt has " + expected + ", the fast path " + actual;
    }
}
