package com.supernode.event;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import com.google.gson.internal.LazilyParsedNumber;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import com.google.gson.stream.MalformedJsonException;
import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A JSON parser that rejects what Gson's lenient tree parser lets through.
 *
 * <p>It rejects duplicate keys (Gson keeps the last one silently, so a request could mean two
 * things at once), nesting deeper than {@link #MAX_DEPTH}, trailing content after the value,
 * and anything other than an object at the top.
 */
public final class StrictJson {
  /** Maximum nesting of objects and arrays; the deepest real request nests four levels. */
  public static final int MAX_DEPTH = 16;
  /** The position that ends a Gson parse error, such as {@code at line 1 column 6 path $.a}. */
  private static final Pattern GSON_POSITION =
      Pattern.compile(" at line (\\d+) column (\\d+) path (\\S*)");

  private StrictJson() {}

  /**
   * Parses {@code text} as one JSON object.
   *
   * @param source the name of the field the text came from, used in error messages
   * @throws InvalidJsonException when the text is not one well-formed JSON object
   */
  public static JsonObject parseObject(String text, String source) {
    try (JsonReader reader = new JsonReader(new StringReader(text))) {
      reader.setLenient(false);
      if (reader.peek() != JsonToken.BEGIN_OBJECT) {
        throw new InvalidJsonException(source + " must be a JSON object, found "
            + describe(reader.peek()));
      }
      JsonElement value = read(reader, 1, source);
      requireEnd(reader, source);
      return value.getAsJsonObject();
    } catch (MalformedJsonException | java.io.EOFException e) {
      throw new InvalidJsonException(source + " is not valid JSON: " + cleanMessage(e));
    } catch (IOException | IllegalStateException | NumberFormatException e) {
      throw new InvalidJsonException(source + " is not valid JSON: " + cleanMessage(e));
    }
  }

  /**
   * Checks that {@code value}, a tree of maps and lists that a JSON runtime already parsed,
   * nests no deeper than {@link #MAX_DEPTH}. It walks the tree without recursion, because
   * converting a deep tree recursively would overflow the stack before any check ran.
   *
   * @throws InvalidJsonException when the tree nests too deep
   */
  public static void checkDepth(Object value, String source) {
    Deque<Node> pending = new ArrayDeque<>();
    pending.push(new Node(value, 1, "$"));
    while (!pending.isEmpty()) {
      Node node = pending.pop();
      boolean container = node.value instanceof Map || node.value instanceof Iterable;
      if (container && node.depth > MAX_DEPTH) {
        throw new InvalidJsonException(source + " nests deeper than " + MAX_DEPTH
            + " levels at " + node.path);
      }
      if (node.value instanceof Map) {
        for (Map.Entry<?, ?> entry : ((Map<?, ?>) node.value).entrySet()) {
          pending.push(new Node(entry.getValue(), node.depth + 1,
              node.path + "." + entry.getKey()));
        }
      } else if (node.value instanceof Iterable) {
        int index = 0;
        for (Object item : (Iterable<?>) node.value) {
          pending.push(new Node(item, node.depth + 1, node.path + "[" + index++ + "]"));
        }
      }
    }
  }

  /** A value met while walking a parsed tree, with its depth and JSON path. */
  private static final class Node {
    private final Object value;
    private final int depth;
    private final String path;

    Node(Object value, int depth, String path) {
      this.value = value;
      this.depth = depth;
      this.path = path;
    }
  }

  private static JsonElement read(JsonReader reader, int depth, String source)
      throws IOException {
    switch (reader.peek()) {
      case BEGIN_OBJECT:
        return readObject(reader, depth, source);
      case BEGIN_ARRAY:
        return readArray(reader, depth, source);
      case STRING:
        return new JsonPrimitive(reader.nextString());
      case NUMBER:
        return new JsonPrimitive(new LazilyParsedNumber(reader.nextString()));
      case BOOLEAN:
        return new JsonPrimitive(reader.nextBoolean());
      case NULL:
        reader.nextNull();
        return JsonNull.INSTANCE;
      default:
        throw new InvalidJsonException(source + " is not valid JSON: unexpected "
            + describe(reader.peek()) + " at " + reader.getPath());
    }
  }

  private static JsonObject readObject(JsonReader reader, int depth, String source)
      throws IOException {
    checkDepth(reader, depth, source);
    JsonObject object = new JsonObject();
    reader.beginObject();
    while (reader.hasNext()) {
      String name = reader.nextName();
      if (object.has(name)) {
        throw new InvalidJsonException(source + " has the key '" + name + "' twice at "
            + reader.getPath() + "; send each key once");
      }
      object.add(name, read(reader, depth + 1, source));
    }
    reader.endObject();
    return object;
  }

  private static JsonArray readArray(JsonReader reader, int depth, String source)
      throws IOException {
    checkDepth(reader, depth, source);
    JsonArray array = new JsonArray();
    reader.beginArray();
    while (reader.hasNext()) {
      array.add(read(reader, depth + 1, source));
    }
    reader.endArray();
    return array;
  }

  private static void checkDepth(JsonReader reader, int depth, String source) {
    if (depth > MAX_DEPTH) {
      throw new InvalidJsonException(source + " nests deeper than " + MAX_DEPTH + " levels at "
          + reader.getPath());
    }
  }

  private static String describe(JsonToken token) {
    switch (token) {
      case BEGIN_ARRAY:
        return "an array";
      case STRING:
        return "a string";
      case NUMBER:
        return "a number";
      case BOOLEAN:
        return "a boolean";
      case NULL:
        return "null";
      case END_DOCUMENT:
        return "nothing";
      default:
        return token.name().toLowerCase(java.util.Locale.ROOT);
    }
  }

  /** Rejects anything but whitespace after the object, naming where it starts. */
  private static void requireEnd(JsonReader reader, String source) throws IOException {
    String where = "";
    try {
      if (reader.peek() == JsonToken.END_DOCUMENT) {
        return;
      }
    } catch (MalformedJsonException e) {
      where = position(e.getMessage());
    }
    throw new InvalidJsonException(source + " has content after the JSON object" + where);
  }

  /**
   * Rewrites Gson's parse error as a clause that states what went wrong and where: the line,
   * column and JSON path Gson reports, when it reports them. Gson's advice to parse leniently
   * is dropped, because leniency is what this parser exists to reject.
   */
  static String cleanMessage(Exception e) {
    String message = String.valueOf(e.getMessage());
    Matcher position = GSON_POSITION.matcher(message);
    String problem = (position.find() ? message.substring(0, position.start()) : message).trim();
    if (e instanceof java.io.EOFException) {
      problem = "the text ends before the JSON value is complete";
    } else if (problem.contains("to accept malformed JSON")) {
      problem = "syntax error";
    } else if (problem.isEmpty() || problem.equals("null")) {
      problem = "unreadable input";
    } else if (problem.length() > 1 && Character.isUpperCase(problem.charAt(0))
        && Character.isLowerCase(problem.charAt(1))) {
      problem = Character.toLowerCase(problem.charAt(0)) + problem.substring(1);
    }
    return problem + position(message);
  }

  /** Returns {@code " at line L column C (path P)"} from a Gson message, or "" without one. */
  private static String position(String gsonMessage) {
    Matcher position = GSON_POSITION.matcher(String.valueOf(gsonMessage));
    if (!position.find()) {
      return "";
    }
    return " at line " + position.group(1) + " column " + position.group(2) + " (path "
        + position.group(3) + ")";
  }

  /** Thrown when text is not the single, well-formed JSON object a request must be. */
  public static final class InvalidJsonException extends RuntimeException {
    InvalidJsonException(String message) {
      super(message);
    }
  }
}
