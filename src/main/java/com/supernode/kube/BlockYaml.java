package com.supernode.kube;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the block-style YAML subset that kubeconfig files use: nested mappings, sequences of
 * mappings or scalars (also at their parent key's indentation, as kubectl writes them), plain,
 * single-quoted and double-quoted scalars, comments, and the empty {@code {}} and {@code []}.
 *
 * <p>The package carries no YAML library, and a kubeconfig needs no more than this. Anchors,
 * tags, block scalars ({@code |}, {@code >}) and non-empty flow collections are rejected with
 * {@link KubeconfigException}, never misread.
 */
final class BlockYaml {
  private final List<Line> lines = new ArrayList<>();
  private int next;

  private BlockYaml(String text) {
    String[] raw = text.replace("\r\n", "\n").split("\n", -1);
    for (int i = 0; i < raw.length; i++) {
      String line = raw[i];
      String trimmed = line.trim();
      if (trimmed.isEmpty() || trimmed.startsWith("#") || trimmed.equals("---")) {
        continue;
      }
      if (indentOf(line) < line.length() && line.charAt(indentOf(line)) == '\t') {
        throw new KubeconfigException("line " + (i + 1) + " is indented with a tab");
      }
      lines.add(new Line(i + 1, indentOf(line), stripComment(trimmed)));
    }
  }

  /** Parses {@code text} into maps, lists, strings and nulls. */
  static Object parse(String text) {
    BlockYaml yaml = new BlockYaml(text);
    if (yaml.lines.isEmpty()) {
      return new LinkedHashMap<String, Object>();
    }
    Object value = yaml.block(yaml.lines.get(0).indent);
    if (yaml.next < yaml.lines.size()) {
      throw yaml.error(yaml.lines.get(yaml.next), "is not aligned with the lines above it");
    }
    return value;
  }

  private Object block(int indent) {
    Line first = lines.get(next);
    return first.text.equals("-") || first.text.startsWith("- ")
        ? sequence(indent) : mapping(indent);
  }

  private Map<String, Object> mapping(int indent) {
    Map<String, Object> map = new LinkedHashMap<>();
    while (next < lines.size() && lines.get(next).indent == indent
        && !isItem(lines.get(next))) {
      Line line = lines.get(next++);
      entry(line, line.text, indent, map);
    }
    return map;
  }

  /** Reads {@code key: value} at {@code indent}, taking a nested block from the next lines. */
  private void entry(Line line, String text, int indent, Map<String, Object> map) {
    int colon = keyEnd(text);
    if (colon < 0) {
      throw error(line, "is not a 'key: value' line");
    }
    String key = unquote(text.substring(0, colon).trim(), line);
    String rest = text.substring(colon + 1).trim();
    if (map.containsKey(key)) {
      throw error(line, "repeats the key '" + key + "'");
    }
    if (!rest.isEmpty()) {
      map.put(key, scalar(rest, line));
    } else if (next < lines.size() && (lines.get(next).indent > indent
        || (lines.get(next).indent == indent && isItem(lines.get(next))))) {
      map.put(key, block(lines.get(next).indent));
    } else {
      map.put(key, null);
    }
  }

  private List<Object> sequence(int indent) {
    List<Object> list = new ArrayList<>();
    while (next < lines.size() && lines.get(next).indent == indent && isItem(lines.get(next))) {
      Line line = lines.get(next++);
      String rest = line.text.substring(1).trim();
      if (rest.isEmpty()) {
        list.add(next < lines.size() && lines.get(next).indent > indent
            ? block(lines.get(next).indent) : null);
      } else if (keyEnd(rest) >= 0 && !isQuoted(rest)) {
        // "- key: value" opens a mapping whose later keys align with "key".
        int itemIndent = indent + (line.text.length() - rest.length());
        Map<String, Object> map = new LinkedHashMap<>();
        entry(line, rest, itemIndent, map);
        map.putAll(mappingAfter(itemIndent, map));
        list.add(map);
      } else {
        list.add(scalar(rest, line));
      }
    }
    return list;
  }

  private Map<String, Object> mappingAfter(int indent, Map<String, Object> first) {
    Map<String, Object> rest = mapping(indent);
    for (String key : rest.keySet()) {
      if (first.containsKey(key)) {
        throw new KubeconfigException("a list item repeats the key '" + key + "'");
      }
    }
    return rest;
  }

  private Object scalar(String text, Line line) {
    if (text.equals("{}")) {
      return new LinkedHashMap<String, Object>();
    }
    if (text.equals("[]")) {
      return new ArrayList<>();
    }
    char first = text.charAt(0);
    if ("{[&*!|>%@`".indexOf(first) >= 0) {
      throw error(line, "uses YAML syntax that kubeconfig files do not need ('" + first + "')");
    }
    if (text.equals("~") || text.equals("null")) {
      return null;
    }
    return unquote(text, line);
  }

  private String unquote(String text, Line line) {
    if (text.length() >= 2 && text.startsWith("'") && text.endsWith("'")) {
      return text.substring(1, text.length() - 1).replace("''", "'");
    }
    if (text.length() >= 2 && text.startsWith("\"") && text.endsWith("\"")) {
      return unescape(text.substring(1, text.length() - 1), line);
    }
    if (text.startsWith("'") || text.startsWith("\"")) {
      throw error(line, "has a quoted value without its closing quote");
    }
    return text;
  }

  private String unescape(String text, Line line) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c != '\\') {
        out.append(c);
        continue;
      }
      if (++i >= text.length()) {
        throw error(line, "ends a quoted value with a backslash");
      }
      char escaped = text.charAt(i);
      switch (escaped) {
        case 'n':
          out.append('\n');
          break;
        case 't':
          out.append('\t');
          break;
        case '"':
        case '\\':
        case '/':
          out.append(escaped);
          break;
        default:
          throw error(line, "uses the escape \\" + escaped + ", which is not supported");
      }
    }
    return out.toString();
  }

  /** Returns the index of the colon that ends the key, or -1; a quoted key may hold colons. */
  private static int keyEnd(String text) {
    int start = 0;
    if (text.startsWith("\"") || text.startsWith("'")) {
      int close = text.indexOf(text.charAt(0), 1);
      if (close < 0) {
        return -1;
      }
      start = close + 1;
    }
    for (int i = start; i < text.length(); i++) {
      if (text.charAt(i) == ':' && (i + 1 == text.length() || text.charAt(i + 1) == ' ')) {
        return i;
      }
    }
    return -1;
  }

  private static boolean isQuoted(String text) {
    return (text.startsWith("\"") || text.startsWith("'")) && keyEnd(text) < 0;
  }

  private static boolean isItem(Line line) {
    return line.text.equals("-") || line.text.startsWith("- ");
  }

  private static int indentOf(String line) {
    int indent = 0;
    while (indent < line.length() && line.charAt(indent) == ' ') {
      indent++;
    }
    return indent;
  }

  /** Drops a trailing " # comment" outside quotes. */
  private static String stripComment(String text) {
    char quote = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (quote != 0) {
        quote = c == quote ? 0 : quote;
      } else if (c == '"' || c == '\'') {
        quote = c;
      } else if (c == '#' && i > 0 && text.charAt(i - 1) == ' ') {
        return text.substring(0, i).trim();
      }
    }
    return text;
  }

  private KubeconfigException error(Line line, String problem) {
    return new KubeconfigException("line " + line.number + " " + problem);
  }

  private static final class Line {
    final int number;
    final int indent;
    final String text;

    Line(int number, int indent, String text) {
      this.number = number;
      this.indent = indent;
      this.text = text;
    }
  }
}
