package com.supernode.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.google.gson.stream.MalformedJsonException;
import java.io.EOFException;
import org.junit.jupiter.api.Test;

class StrictJsonTest {
  private static String rejection(String text) {
    return assertThrows(StrictJson.InvalidJsonException.class,
        () -> StrictJson.parseObject(text, "Message")).getMessage();
  }

  @Test
  void syntaxErrorNamesPosition() {
    assertEquals("Message is not valid JSON: syntax error at line 1 column 6 (path $.a)",
        rejection("{\"a\":tru}"));
  }

  @Test
  void syntaxErrorNamesLineOfMultilineText() {
    assertEquals("Message is not valid JSON: expected value at line 3 column 1 (path $.a)",
        rejection("{\n\"a\":\n}"));
  }

  @Test
  void gsonDescriptionKeepsPosition() {
    assertEquals("Message is not valid JSON: expected ':' at line 1 column 7 (path $.a)",
        rejection("{\"a\" 1}"));
  }

  @Test
  void truncatedTextNamesPosition() {
    assertEquals("Message is not valid JSON: the text ends before the JSON value is complete "
        + "at line 1 column 6 (path $.a)", rejection("{\"a\":"));
  }

  @Test
  void trailingContentNamesPosition() {
    assertEquals("Message has content after the JSON object at line 1 column 9 (path $)",
        rejection("{\"a\":1}x"));
  }

  @Test
  void secondObjectIsTrailingContent() {
    assertEquals("Message has content after the JSON object at line 1 column 9 (path $)",
        rejection("{\"a\":1}{\"b\":2}"));
  }

  @Test
  void cleanMessageWithoutPositionNamesProblemOnly() {
    assertEquals("syntax error", StrictJson.cleanMessage(new MalformedJsonException(
        "Use JsonReader.setLenient(true) to accept malformed JSON")));
    assertEquals("unreadable input", StrictJson.cleanMessage(new MalformedJsonException("")));
    assertEquals("the text ends before the JSON value is complete",
        StrictJson.cleanMessage(new EOFException()));
  }

  @Test
  void cleanMessageKeepsAcronymCase() {
    assertEquals("JSON forbids NaN and infinities: NaN at line 1 column 9 (path $.a)",
        StrictJson.cleanMessage(new NumberFormatException(
            "JSON forbids NaN and infinities: NaN at line 1 column 9 path $.a")));
  }
}
