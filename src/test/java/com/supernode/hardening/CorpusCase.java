package com.supernode.hardening;

import com.google.gson.Gson;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.supernode.local.FunctionCatalog;
import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One malformed or adversarial event from {@code src/test/resources/corpus}.
 *
 * <p>File keys:
 *
 * <ul>
 *   <li>{@code about}: what the case tries, in one sentence.
 *   <li>{@code shapes}: the event shapes it applies to ({@code apiGateway}, {@code timer},
 *       {@code direct}).
 *   <li>{@code request}: the request each shape carries. A string is sent as it is, so it can be
 *       broken JSON; any other JSON value is sent as compact JSON text. In strings,
 *       {@code <<N*text>>} stands for {@code text} repeated N times.
 *   <li>{@code encodeRequest}: a charset name. The API Gateway body becomes the base64 of the
 *       request in that charset, with {@code isBase64Encoded} true.
 *   <li>{@code eventSet}, {@code eventRemove}: top-level or dotted keys of the wrapped event to
 *       set (JSON null sets null) or remove, for cases about the event around the request.
 *   <li>{@code event}: a literal event used instead of a wrapped request (one shape only).
 *   <li>{@code expect}: {@code status}, {@code code} and {@code field} of the rejection.
 *   <li>{@code expectFor}: overrides of some of those keys, keyed by shape name, function name,
 *       or {@code function/shape}, applied in that order.
 * </ul>
 */
final class CorpusCase {
  private static final Gson GSON = new Gson();
  private static final Pattern REPEAT = Pattern.compile("<<(\\d+)\\*(.*?)>>");
  private static final Set<String> KEYS = Set.of("about", "shapes", "request", "encodeRequest",
      "eventSet", "eventRemove", "event", "expect", "expectFor");

  private final String name;
  private final JsonObject json;
  private final List<EventShape> shapes;
  private final Expectation expect;

  CorpusCase(String name, JsonObject json) {
    this.name = name;
    this.json = json;
    for (String key : json.keySet()) {
      if (!KEYS.contains(key)) {
        throw new IllegalArgumentException("unknown key '" + key + "'; expected one of "
            + new TreeSet<>(KEYS));
      }
    }
    if (!json.has("about")) {
      throw new IllegalArgumentException("about is missing: say what the case tries");
    }
    this.shapes = readShapes(json);
    this.expect = Expectation.read(json.getAsJsonObject("expect"), null);
    if (!json.has("request") && !json.has("event")) {
      throw new IllegalArgumentException("a case needs request or event");
    }
    if (json.has("event") && shapes.size() != 1) {
      throw new IllegalArgumentException("a literal event applies to exactly one shape");
    }
    if (json.has("expectFor")) {
      json.getAsJsonObject("expectFor").keySet().forEach(CorpusCase::checkOverrideKey);
    }
    for (EventShape shape : shapes) {
      for (FunctionRow function : FunctionRow.ALL) {
        event(shape, function);
        expectation(shape, function);
      }
    }
  }

  /** Returns the file name without {@code .json}. */
  String name() {
    return name;
  }

  String about() {
    return json.get("about").getAsString();
  }

  List<EventShape> shapes() {
    return shapes;
  }

  /** Builds this case's event of {@code shape} for {@code function}; null for a null event. */
  Map<String, Object> event(EventShape shape, FunctionRow function) {
    if (json.has("event")) {
      JsonElement literal = json.get("event");
      return literal.isJsonNull() ? null : EventShape.parseObject(literal.toString());
    }
    Map<String, Object> event = shape.wrap(requestText(), function);
    if (json.has("encodeRequest")) {
      Charset charset = Charset.forName(json.get("encodeRequest").getAsString());
      event.put("body", Base64.getEncoder().encodeToString(requestText().getBytes(charset)));
      event.put("isBase64Encoded", true);
    }
    if (json.has("eventSet")) {
      for (Map.Entry<String, JsonElement> entry : json.getAsJsonObject("eventSet").entrySet()) {
        EventPaths.set(event, entry.getKey(), toJava(entry.getValue()));
      }
    }
    if (json.has("eventRemove")) {
      for (JsonElement key : json.getAsJsonArray("eventRemove")) {
        EventPaths.remove(event, key.getAsString());
      }
    }
    return event;
  }

  /** Returns the rejection expected from {@code function} for an event of {@code shape}. */
  Expectation expectation(EventShape shape, FunctionRow function) {
    Expectation expected = expect;
    JsonObject overrides = json.has("expectFor") ? json.getAsJsonObject("expectFor")
        : new JsonObject();
    for (String key : List.of(shape.jsonName(), function.name(),
        function.name() + "/" + shape.jsonName())) {
      if (overrides.has(key)) {
        expected = Expectation.read(overrides.getAsJsonObject(key), expected);
      }
    }
    return expected;
  }

  private String requestText() {
    JsonElement request = json.get("request");
    if (request.isJsonPrimitive() && request.getAsJsonPrimitive().isString()) {
      return expand(request.getAsString());
    }
    return request.toString();
  }

  private static Object toJava(JsonElement value) {
    if (value.isJsonPrimitive() && value.getAsJsonPrimitive().isString()) {
      return expand(value.getAsString());
    }
    return GSON.fromJson(value, Object.class);
  }

  /** Expands each {@code <<N*text>>} into N copies of {@code text}. */
  static String expand(String text) {
    Matcher matcher = REPEAT.matcher(text);
    StringBuilder out = new StringBuilder();
    while (matcher.find()) {
      matcher.appendReplacement(out, Matcher.quoteReplacement(
          matcher.group(2).repeat(Integer.parseInt(matcher.group(1)))));
    }
    matcher.appendTail(out);
    return out.toString();
  }

  /** Accepts {@code shape}, {@code function} or {@code function/shape}, by catalog name. */
  private static void checkOverrideKey(String key) {
    String[] parts = key.split("/", -1);
    boolean valid;
    if (parts.length == 2) {
      valid = FunctionCatalog.find(parts[0]).isPresent() && isShape(parts[1]);
    } else {
      valid = parts.length == 1 && (FunctionCatalog.find(key).isPresent() || isShape(key));
    }
    if (!valid) {
      throw new IllegalArgumentException("expectFor key '" + key + "' is not a shape, a "
          + "function of FunctionCatalog, or function/shape");
    }
  }

  private static boolean isShape(String name) {
    for (EventShape shape : EventShape.values()) {
      if (shape.jsonName().equals(name)) {
        return true;
      }
    }
    return false;
  }

  private static List<EventShape> readShapes(JsonObject json) {
    List<EventShape> shapes = new ArrayList<>();
    for (JsonElement shape : json.getAsJsonArray("shapes")) {
      shapes.add(EventShape.fromJsonName(shape.getAsString()));
    }
    if (shapes.isEmpty()) {
      throw new IllegalArgumentException("shapes is empty");
    }
    return shapes;
  }

  @Override
  public String toString() {
    return name;
  }
}
