package nl.vakwijzer.accreditation.domain;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.util.Set;
import java.util.TreeSet;

/**
 * The working-day calendar of the service levels: Monday to Friday, except the Dutch national
 * public holidays: Nieuwjaarsdag (1 January), Goede Vrijdag, Eerste en Tweede Paasdag,
 * Koningsdag (27 April, or 26 April when the 27th is a Sunday), Bevrijdingsdag (5 May),
 * Hemelvaartsdag (Easter + 39 days), Eerste en Tweede Pinksterdag (Easter + 49 and 50 days),
 * Eerste en Tweede Kerstdag (25 and 26 December).
 *
 * <p>Choices: Bevrijdingsdag counts as a holiday every year (by law it is a national holiday every
 * year; many collective agreements give a day off only once every five years); Goede Vrijdag counts
 * as a holiday (it is not a general day off in every sector). Easter is the Gregorian computus
 * (the anonymous "Meeus/Jones/Butcher" algorithm).
 *
 * <p>Counting: a stage started on day {@code s} with a limit of {@code n} working days is due on
 * the {@code n}-th working day after {@code s} ({@link #plus}); the start day itself does not count,
 * whatever its kind. {@link #between} counts the working days after the first date up to and
 * including the second.
 */
public final class WorkingDays {
  private WorkingDays() {}

  /** Easter Sunday of the year (Gregorian calendar). */
  public static LocalDate easterSunday(int year) {
    int a = year % 19;
    int b = year / 100;
    int c = year % 100;
    int d = b / 4;
    int e = b % 4;
    int f = (b + 8) / 25;
    int g = (b - f + 1) / 3;
    int h = (19 * a + b - d - g + 15) % 30;
    int i = c / 4;
    int k = c % 4;
    int l = (32 + 2 * e + 2 * i - h - k) % 7;
    int m = (a + 11 * h + 22 * l) / 451;
    int month = (h + l - 7 * m + 114) / 31;
    int day = ((h + l - 7 * m + 114) % 31) + 1;
    return LocalDate.of(year, month, day);
  }

  /** Koningsdag: 27 April, or Saturday 26 April when the 27th is a Sunday. */
  public static LocalDate kingsDay(int year) {
    LocalDate day = LocalDate.of(year, Month.APRIL, 27);
    return day.getDayOfWeek() == DayOfWeek.SUNDAY ? day.minusDays(1) : day;
  }

  /** The national public holidays of the year, in date order. */
  public static Set<LocalDate> holidays(int year) {
    LocalDate easter = easterSunday(year);
    Set<LocalDate> days = new TreeSet<>();
    days.add(LocalDate.of(year, Month.JANUARY, 1));
    days.add(easter.minusDays(2)); // Goede Vrijdag
    days.add(easter);
    days.add(easter.plusDays(1));
    days.add(kingsDay(year));
    days.add(LocalDate.of(year, Month.MAY, 5)); // Bevrijdingsdag, every year (a choice, see above)
    days.add(easter.plusDays(39)); // Hemelvaartsdag
    days.add(easter.plusDays(49));
    days.add(easter.plusDays(50));
    days.add(LocalDate.of(year, Month.DECEMBER, 25));
    days.add(LocalDate.of(year, Month.DECEMBER, 26));
    return days;
  }

  public static boolean isHoliday(LocalDate day) {
    return holidays(day.getYear()).contains(day);
  }

  public static boolean isWorkingDay(LocalDate day) {
    DayOfWeek dow = day.getDayOfWeek();
    return dow != DayOfWeek.SATURDAY && dow != DayOfWeek.SUNDAY && !isHoliday(day);
  }

  /** The {@code n}-th working day after {@code start} ({@code n} ≥ 0; 0 gives {@code start}). */
  public static LocalDate plus(LocalDate start, int n) {
    if (n < 0) {
      throw new IllegalArgumentException("n < 0");
    }
    LocalDate day = start;
    int left = n;
    while (left > 0) {
      day = day.plusDays(1);
      if (isWorkingDay(day)) {
        left--;
      }
    }
    return day;
  }

  /**
   * The working days after {@code from} up to and including {@code to}; negative (the same count,
   * negated) when {@code to} is before {@code from}.
   */
  public static int between(LocalDate from, LocalDate to) {
    if (to.isBefore(from)) {
      return -between(to, from);
    }
    int count = 0;
    for (LocalDate day = from.plusDays(1); !day.isAfter(to); day = day.plusDays(1)) {
      if (isWorkingDay(day)) {
        count++;
      }
    }
    return count;
  }
}
