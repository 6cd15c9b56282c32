package nl.vakwijzer.accreditation.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WorkingDaysTest {

  @ParameterizedTest(name = "Easter {0} is {1}")
  @CsvSource({
      "1818, 1818-03-22", // earliest possible date
      "1943, 1943-04-25", // latest possible date
      "2000, 2000-04-23",
      "2019, 2019-04-21",
      "2024, 2024-03-31",
      "2025, 2025-04-20",
      "2026, 2026-04-05",
      "2027, 2027-03-28",
      "2038, 2038-04-25",
      "2285, 2285-03-22"})
  void easterComputus(int year, LocalDate easter) {
    assertEquals(easter, WorkingDays.easterSunday(year));
  }

  @Test
  void kingsDayMovesToSaturdayWhenThe27thIsASunday() {
    assertEquals(LocalDate.of(2025, 4, 26), WorkingDays.kingsDay(2025)); // 27 April 2025 is a Sunday
    assertEquals(LocalDate.of(2014, 4, 26), WorkingDays.kingsDay(2014));
    assertEquals(LocalDate.of(2026, 4, 27), WorkingDays.kingsDay(2026));
    assertTrue(WorkingDays.isHoliday(LocalDate.of(2026, 4, 27)));
    assertFalse(WorkingDays.isWorkingDay(LocalDate.of(2026, 4, 27)));
    // the Sunday itself is no working day anyway, and the Saturday before it is the holiday
    assertFalse(WorkingDays.isHoliday(LocalDate.of(2025, 4, 27)));
    assertTrue(WorkingDays.isHoliday(LocalDate.of(2025, 4, 26)));
  }

  @Test
  void theHolidaysOf2026() {
    assertEquals(List.of(
            LocalDate.of(2026, 1, 1), // Nieuwjaarsdag
            LocalDate.of(2026, 4, 3), // Goede Vrijdag
            LocalDate.of(2026, 4, 5), // Eerste Paasdag
            LocalDate.of(2026, 4, 6), // Tweede Paasdag
            LocalDate.of(2026, 4, 27), // Koningsdag
            LocalDate.of(2026, 5, 5), // Bevrijdingsdag
            LocalDate.of(2026, 5, 14), // Hemelvaartsdag
            LocalDate.of(2026, 5, 24), // Eerste Pinksterdag
            LocalDate.of(2026, 5, 25), // Tweede Pinksterdag
            LocalDate.of(2026, 12, 25), // Eerste Kerstdag
            LocalDate.of(2026, 12, 26)), // Tweede Kerstdag
        List.copyOf(WorkingDays.holidays(2026)));
  }

  @Test
  void bevrijdingsdagIsAHolidayEveryYearNotOnlyInLustrumYears() {
    assertTrue(WorkingDays.isHoliday(LocalDate.of(2026, 5, 5)));
    assertTrue(WorkingDays.isHoliday(LocalDate.of(2025, 5, 5)));
    assertFalse(WorkingDays.isWorkingDay(LocalDate.of(2027, 5, 5))); // a Wednesday
  }

  @Test
  void weekendsAreNoWorkingDays() {
    assertFalse(WorkingDays.isWorkingDay(LocalDate.of(2026, 3, 7))); // Saturday
    assertFalse(WorkingDays.isWorkingDay(LocalDate.of(2026, 3, 8))); // Sunday
    assertTrue(WorkingDays.isWorkingDay(LocalDate.of(2026, 3, 9))); // Monday
  }

  @Test
  void tenWorkingDaysAcrossChristmasAndNewYear() {
    // Submitted Friday 18 December 2026. Working days after it: Mon 21 (1), 22 (2), 23 (3), 24 (4),
    // Fri 25 Kerst, Sat 26 2e Kerstdag, Sun 27, Mon 28 (5), 29 (6), 30 (7), 31 (8), Fri 1 January
    // Nieuwjaarsdag, weekend, Mon 4 January (9), Tue 5 January 2027 (10).
    LocalDate submitted = LocalDate.of(2026, 12, 18);
    assertEquals(LocalDate.of(2027, 1, 5), WorkingDays.plus(submitted, 10));
    assertEquals(10, WorkingDays.between(submitted, LocalDate.of(2027, 1, 5)));
    assertEquals(9, WorkingDays.between(submitted, LocalDate.of(2027, 1, 4)));
    // a weekend after the due date adds no working days
    assertEquals(10, WorkingDays.between(submitted, LocalDate.of(2027, 1, 5)));
    assertEquals(-10, WorkingDays.between(LocalDate.of(2027, 1, 5), submitted));
  }

  @Test
  void thirtyWorkingDaysAcrossEasterKingsDayAndMay() {
    // From Thursday 2 April 2026: Goede Vrijdag 3/4, Tweede Paasdag 6/4, Koningsdag 27/4,
    // Bevrijdingsdag 5/5 and Hemelvaartsdag 14/5 fall in the period: Tue 7 April is the 1st working
    // day, Fri 1 May the 18th, Fri 15 May the 26th and Thursday 21 May 2026 the 30th.
    LocalDate start = LocalDate.of(2026, 4, 2);
    LocalDate due = WorkingDays.plus(start, 30);
    assertEquals(LocalDate.of(2026, 5, 21), due);
    assertEquals(30, WorkingDays.between(start, due));
  }

  @Test
  void startOnAWeekendOrHolidayCountsFromTheNextWorkingDay() {
    assertEquals(LocalDate.of(2026, 3, 9), WorkingDays.plus(LocalDate.of(2026, 3, 7), 1));
    assertEquals(LocalDate.of(2026, 1, 2), WorkingDays.plus(LocalDate.of(2026, 1, 1), 1));
    assertEquals(LocalDate.of(2026, 3, 7), WorkingDays.plus(LocalDate.of(2026, 3, 7), 0));
    assertThrows(IllegalArgumentException.class, () -> WorkingDays.plus(LocalDate.of(2026, 3, 7), -1));
  }

  @Test
  void aWholeYearHas253WorkingDaysIn2026() {
    // 261 weekdays minus eight holidays on weekdays (Tweede Kerstdag is a Saturday, Pasen and Pinksteren Sundays)
    assertEquals(253, WorkingDays.between(LocalDate.of(2025, 12, 31), LocalDate.of(2026, 12, 31)));
  }
}
