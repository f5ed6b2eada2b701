package com.supernode.readiness;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class TimeBudgetTest {
  @Test
  void reservesQuarterOfLongLimit() {
    assertEquals(Duration.ofSeconds(90), TimeBudget.of(120_000, 13));
  }

  @Test
  void reservesOneSlowCallWhenLarger() {
    assertEquals(Duration.ofSeconds(25), TimeBudget.of(40_000, 13));
  }

  @Test
  void keepsHalfOfShortLimit() {
    assertEquals(Duration.ofMillis(1500), TimeBudget.of(3_000, 13));
  }

  @Test
  void missingLimitUsesDefault() {
    assertEquals(Duration.ofSeconds(45), TimeBudget.of(0, 13));
  }
}
