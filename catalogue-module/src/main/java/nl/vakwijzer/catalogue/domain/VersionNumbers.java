package nl.vakwijzer.catalogue.domain;

import java.math.BigInteger;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The version string of a new version: the last number of the previous one, plus one. */
public final class VersionNumbers {
  private static final Pattern TRAILING_NUMBER = Pattern.compile("^(.*?)(\\d+)$");

  private VersionNumbers() {}

  /**
   * The next version after {@code version} that is not in {@code taken}: {@code "1"} → {@code
   * "2"}, {@code "1.4"} → {@code "1.5"}, {@code "2021"} → {@code "2022"}; a version that does not
   * end in a number gets {@code "-2"} appended ({@code "A"} → {@code "A-2"}).
   */
  public static String next(String version, Set<String> taken) {
    String candidate = increment(version == null || version.isBlank() ? "1" : version.strip());
    while (taken.contains(candidate)) {
      candidate = increment(candidate);
    }
    return candidate;
  }

  static String increment(String version) {
    Matcher m = TRAILING_NUMBER.matcher(version);
    if (!m.matches()) {
      return version + "-2";
    }
    String digits = m.group(2);
    String next = new BigInteger(digits).add(BigInteger.ONE).toString();
    // keep leading zeros ("2.09" -> "2.10", "007" -> "008")
    if (next.length() < digits.length()) {
      next = "0".repeat(digits.length() - next.length()) + next;
    }
    return m.group(1) + next;
  }
}
