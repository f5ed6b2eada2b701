package com.supernode.bench;

import java.util.Arrays;
import java.util.List;

/** Order statistics of a sample: median, min, max and high percentiles. */
final class Stats {
  private final double[] sorted;

  private Stats(double[] values) {
    this.sorted = values.clone();
    Arrays.sort(sorted);
  }

  static Stats of(double[] values) {
    if (values.length == 0) {
      throw new IllegalArgumentException("a sample needs at least one value");
    }
    return new Stats(values);
  }

  static Stats of(List<Double> values) {
    return of(values.stream().mapToDouble(Double::doubleValue).toArray());
  }

  double median() {
    int n = sorted.length;
    return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
  }

  double min() {
    return sorted[0];
  }

  double max() {
    return sorted[sorted.length - 1];
  }

  /** Returns the nearest-rank percentile, {@code p} from 0 to 100. */
  double percentile(double p) {
    int rank = (int) Math.ceil(p / 100 * sorted.length);
    return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
  }

  int count() {
    return sorted.length;
  }

  /** Formats as {@code median (min–max)} with {@code decimals} digits. */
  String summary(int decimals) {
    return format(median(), decimals) + " (" + format(min(), decimals) + "–"
        + format(max(), decimals) + ")";
  }

  static String format(double value, int decimals) {
    return String.format(java.util.Locale.ROOT, "%." + decimals + "f", value);
  }
}
