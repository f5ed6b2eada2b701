package com.supernode.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Map;
import org.junit.jupiter.api.Test;

class SettingsTest {
  private static int read(String value, int min, int max) {
    return Settings.of(Map.of("SOME_LIMIT", value)).getInt("SOME_LIMIT", 7, min, max);
  }

  private static InvalidSettingException rejection(String value, int min, int max) {
    return assertThrows(InvalidSettingException.class, () -> read(value, min, max));
  }

  @Test
  void getIntReturnsFallbackWhenUnset() {
    assertEquals(7, Settings.of(Map.of()).getInt("SOME_LIMIT", 7, 1));
  }

  @Test
  void getIntReadsSignedWholeNumbers() {
    assertEquals(42, read(" +42 ", 0, 100));
    assertEquals(-3, read("-3", -5, 100));
  }

  @Test
  void getIntAcceptsBothBounds() {
    assertEquals(1, read("1", 1, 10));
    assertEquals(10, read("10", 1, 10));
  }

  @Test
  void getIntRejectsText() {
    InvalidSettingException e = rejection("12kb", 1, 100);

    assertEquals("Setting SOME_LIMIT is invalid: expected a whole number, found '12kb'. Fix it "
        + "in the function's environment variables.", e.getMessage());
    assertEquals("SOME_LIMIT", e.name());
  }

  @Test
  void getIntRejectsDigitsOfOtherScripts() {
    // Integer.parseInt reads these Arabic-Indic digits as 12.
    InvalidSettingException e = rejection("\u0661\u0662", 1, 100);

    assertEquals("SOME_LIMIT", e.name());
  }

  @Test
  void getIntRejectsNumberBelowMinimum() {
    InvalidSettingException e = rejection("0", 1, 100);

    assertEquals("Setting SOME_LIMIT is invalid: expected a number of at least 1, found '0'. "
        + "Fix it in the function's environment variables.", e.getMessage());
  }

  @Test
  void getIntAboveMaximumIsTooLarge() {
    InvalidSettingException e = rejection("101", 1, 100);

    assertEquals("Setting SOME_LIMIT is too large: the maximum is 100, found '101'. Fix it in "
        + "the function's environment variables.", e.getMessage());
    assertEquals("SOME_LIMIT", e.name());
  }

  @Test
  void getIntBeyondIntIsTooLarge() {
    InvalidSettingException e = assertThrows(InvalidSettingException.class, () -> Settings.of(
        Map.of("SOME_LIMIT", "99999999999999")).getInt("SOME_LIMIT", 7, 1));

    assertEquals("Setting SOME_LIMIT is too large: the maximum is 2147483647, found "
        + "'99999999999999'. Fix it in the function's environment variables.", e.getMessage());
  }

  @Test
  void getIntHugeNegativeIsBelowMinimum() {
    InvalidSettingException e = rejection("-99999999999999", 0, 100);

    assertEquals("Setting SOME_LIMIT is invalid: expected a number of at least 0, found "
        + "'-99999999999999'. Fix it in the function's environment variables.", e.getMessage());
  }
}
