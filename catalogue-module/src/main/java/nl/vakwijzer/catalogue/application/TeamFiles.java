package nl.vakwijzer.catalogue.application;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import nl.vakwijzer.catalogue.api.ItemId;
import nl.vakwijzer.catalogue.api.gap.CompetencyGap;
import nl.vakwijzer.catalogue.api.ModuleVersionId;
import nl.vakwijzer.catalogue.api.gap.HeatMapCell;
import nl.vakwijzer.catalogue.api.gap.LearningPath;
import nl.vakwijzer.catalogue.api.gap.PathModule;
import nl.vakwijzer.catalogue.api.gap.PersonPlan;
import nl.vakwijzer.catalogue.api.gap.SolverComparison;
import nl.vakwijzer.catalogue.api.gap.UncoveredGap;
import nl.vakwijzer.catalogue.api.gap.ImportIssue;
import nl.vakwijzer.catalogue.api.gap.PersonLabel;
import nl.vakwijzer.catalogue.api.gap.TeamGap;
import nl.vakwijzer.catalogue.api.gap.TeamMember;
import nl.vakwijzer.catalogue.api.gap.TeamState;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The team file formats: the upload template (CSV, XLSX), reading an upload into a {@link
 * TeamState} with a report per row and cell, and the gap export (XLSX). The columns are "label" and
 * one per competency code of the target profile; a value is a level name of the competency's scale,
 * its ordinal, "onder basis" (or -1), or empty for "not assessed".
 */
final class TeamFiles {
  /** Most people rows an upload may hold (a team, not a register). */
  static final int MAX_ROWS = 1000;
  /** Rows read at most, blank ones included; beyond it the file is refused as too long unread. */
  static final int PHYSICAL_ROW_LIMIT = 20 * MAX_ROWS;
  /** Marker of a file with more than {@link #PHYSICAL_ROW_LIMIT} rows. */
  private static final List<List<String>> TOO_MANY = new ArrayList<>();
  static final String LABEL = "label";
  static final String BELOW_BASIS = "onder basis";

  private TeamFiles() {}

  /** One column: a target competency, its code and name, and the names of its scale's levels. */
  record Column(ItemId competency, String code, String name, List<String> levelNames) {
    String levelName(Integer level) {
      if (level == null) {
        return "";
      }
      if (level == TeamState.BELOW_BASIS) {
        return BELOW_BASIS;
      }
      return level < levelNames.size() ? levelNames.get(level) : String.valueOf(level);
    }
  }

  /** The result of reading a file: the team when there were no issues. */
  record Read(int rows, List<ImportIssue> issues, TeamState team) {}

  // ------------------------------------------------------------------ template

  static byte[] csvTemplate(List<Column> columns) {
    var out = new ByteArrayOutputStream();
    try (var printer = new CSVPrinter(new OutputStreamWriter(out, StandardCharsets.UTF_8),
        CSVFormat.DEFAULT.builder().setDelimiter(';').get())) {
      List<String> header = new ArrayList<>();
      header.add(LABEL);
      columns.forEach(c -> header.add(c.code()));
      printer.printRecord(header);
      List<String> example = new ArrayList<>();
      example.add("KM-01");
      columns.forEach(c -> example.add(c.levelNames().isEmpty() ? "0" : c.levelNames().get(0)));
      printer.printRecord(example);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
    return out.toByteArray();
  }

  static byte[] xlsxTemplate(List<Column> columns) {
    try (var wb = new XSSFWorkbook()) {
      Sheet sheet = wb.createSheet("Team");
      Row header = sheet.createRow(0);
      header.createCell(0).setCellValue(LABEL);
      for (int i = 0; i < columns.size(); i++) {
        header.createCell(i + 1).setCellValue(columns.get(i).code());
      }
      Sheet help = wb.createSheet("Uitleg");
      int r = 0;
      help.createRow(r++).createCell(0).setCellValue(
          "Eén regel per medewerker. Label: een code zoals KM-01 (geen namen: letters, cijfers, punt, - en _).");
      help.createRow(r++).createCell(0).setCellValue(
          "Waarde per competentie: de naam van het niveau, het rangnummer (0 = laagste), 'onder basis', of leeg (niet beoordeeld).");
      r++;
      Row h = help.createRow(r++);
      h.createCell(0).setCellValue("Code");
      h.createCell(1).setCellValue("Competentie");
      h.createCell(2).setCellValue("Niveaus (rangnummer: naam)");
      for (Column c : columns) {
        Row row = help.createRow(r++);
        row.createCell(0).setCellValue(c.code());
        row.createCell(1).setCellValue(c.name());
        List<String> levels = new ArrayList<>();
        for (int i = 0; i < c.levelNames().size(); i++) {
          levels.add(i + ": " + c.levelNames().get(i));
        }
        row.createCell(2).setCellValue(String.join(", ", levels));
      }
      return bytes(wb);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  private static byte[] bytes(Workbook wb) throws IOException {
    var out = new ByteArrayOutputStream();
    wb.write(out);
    return out.toByteArray();
  }

  // ------------------------------------------------------------------ reading

  static boolean looksLikeZip(byte[] content) {
    return content.length >= 4 && content[0] == 'P' && content[1] == 'K' && content[2] == 3 && content[3] == 4;
  }

  /** The rows of the file as text cells; null when the file cannot be read as {@code xlsx} or CSV. */
  static List<List<String>> rows(byte[] content, boolean xlsx) {
    if (xlsx) {
      if (!looksLikeZip(content)) {
        return null;
      }
      try (var wb = new XSSFWorkbook(new ByteArrayInputStream(content))) {
        Sheet sheet = wb.getSheetAt(0);
        DataFormatter formatter = new DataFormatter(Locale.ROOT);
        List<List<String>> rows = new ArrayList<>();
        for (int r = 0; r <= sheet.getLastRowNum(); r++) {
          Row row = sheet.getRow(r);
          List<String> cells = new ArrayList<>();
          if (row != null) {
            for (int c = 0; c < Math.max(0, row.getLastCellNum()); c++) {
              Cell cell = row.getCell(c);
              cells.add(cell == null ? "" : cell.getCellType() == CellType.NUMERIC
                  ? numeric(cell.getNumericCellValue()) : formatter.formatCellValue(cell));
            }
          }
          rows.add(cells);
          if (rows.size() > PHYSICAL_ROW_LIMIT) {
            return TOO_MANY;
          }
        }
        return rows;
      } catch (IOException | RuntimeException e) {
        return null;
      }
    }
    if (looksLikeZip(content)) {
      return null;
    }
    for (byte b : content) {
      if (b == 0) {
        return null;
      }
    }
    String text = new String(content, StandardCharsets.UTF_8);
    if (text.startsWith("\uFEFF")) {
      text = text.substring(1);
    }
    String firstLine = text.lines().findFirst().orElse("");
    char delimiter = firstLine.indexOf(';') >= 0 ? ';' : firstLine.indexOf('\t') >= 0 ? '\t' : ',';
    try (var parser = CSVFormat.DEFAULT.builder().setDelimiter(delimiter).setIgnoreEmptyLines(false).get()
        .parse(new StringReader(text))) {
      List<List<String>> rows = new ArrayList<>();
      for (CSVRecord record : parser) {
        rows.add(record.toList());
        if (rows.size() > PHYSICAL_ROW_LIMIT) {
          return TOO_MANY;
        }
      }
      return rows;
    } catch (IOException | RuntimeException e) {
      return null;
    }
  }

  private static String numeric(double value) {
    return value == Math.rint(value) ? String.valueOf((long) value) : String.valueOf(value);
  }

  /** Reads the rows against the columns; every problem becomes an issue, nothing is guessed. */
  static Read read(List<List<String>> rows, List<Column> columns) {
    List<ImportIssue> issues = new ArrayList<>();
    if (rows == null) {
      return new Read(0, List.of(ImportIssue.of(0, "", ImportIssue.FILE_UNREADABLE)), null);
    }
    if (rows == TOO_MANY) {
      return new Read(PHYSICAL_ROW_LIMIT, List.of(ImportIssue.of(0, "", ImportIssue.TOO_MANY_ROWS, MAX_ROWS)), null);
    }
    // blank rows are skipped but keep their number, so a report names the row the user sees
    List<Integer> numbers = new ArrayList<>();
    List<List<String>> filled = new ArrayList<>();
    for (int i = 0; i < rows.size(); i++) {
      if (rows.get(i).stream().anyMatch(c -> c != null && !c.isBlank())) {
        numbers.add(i + 1);
        filled.add(rows.get(i));
      }
    }
    rows = filled;
    if (rows.isEmpty()) {
      return new Read(0, List.of(ImportIssue.of(0, "", ImportIssue.NO_ROWS)), null);
    }
    if (rows.size() - 1 > MAX_ROWS) {
      return new Read(rows.size() - 1, List.of(ImportIssue.of(0, "", ImportIssue.TOO_MANY_ROWS, MAX_ROWS)), null);
    }
    List<String> header = rows.get(0);
    if (header.isEmpty() || !LABEL.equalsIgnoreCase(header.get(0).strip())) {
      issues.add(ImportIssue.of(numbers.get(0), header.isEmpty() ? "" : header.get(0), ImportIssue.LABEL_COLUMN_MISSING));
    }
    Map<String, Column> byCode = new HashMap<>();
    columns.forEach(c -> byCode.put(c.code().toLowerCase(Locale.ROOT), c));
    Map<Integer, Column> at = new LinkedHashMap<>();
    Set<String> seen = new HashSet<>();
    for (int i = 1; i < header.size(); i++) {
      String heading = header.get(i) == null ? "" : header.get(i).strip();
      if (heading.isEmpty()) {
        continue;
      }
      Column column = byCode.get(heading.toLowerCase(Locale.ROOT));
      if (column == null) {
        issues.add(ImportIssue.of(numbers.get(0), heading, ImportIssue.UNKNOWN_COLUMN, heading));
      } else if (!seen.add(heading.toLowerCase(Locale.ROOT))) {
        issues.add(ImportIssue.of(numbers.get(0), heading, ImportIssue.DUPLICATE_COLUMN, heading));
      } else {
        at.put(i, column);
      }
    }
    if (rows.size() == 1) {
      issues.add(ImportIssue.of(0, "", ImportIssue.NO_ROWS));
    }
    List<TeamMember> members = new ArrayList<>();
    Set<String> labels = new HashSet<>();
    for (int r = 1; r < rows.size(); r++) {
      List<String> row = rows.get(r);
      int line = numbers.get(r);
      String label = row.isEmpty() || row.get(0) == null ? "" : row.get(0).strip();
      PersonLabel person = null;
      if (!PersonLabel.isValid(label)) {
        issues.add(ImportIssue.of(line, LABEL, ImportIssue.LABEL_INVALID, label));
      } else if (!labels.add(label)) {
        issues.add(ImportIssue.of(line, LABEL, ImportIssue.LABEL_DUPLICATE, label));
      } else {
        person = PersonLabel.of(label);
      }
      Map<ItemId, Integer> levels = new HashMap<>();
      for (var entry : at.entrySet()) {
        String value = entry.getKey() < row.size() && row.get(entry.getKey()) != null
            ? row.get(entry.getKey()).strip() : "";
        if (value.isEmpty()) {
          continue;
        }
        Column column = entry.getValue();
        Integer level = level(value, column);
        if (level == null) {
          issues.add(ImportIssue.of(line, column.code(), ImportIssue.LEVEL_INVALID, value, column.code()));
        } else {
          levels.put(column.competency(), level);
        }
      }
      if (person != null) {
        members.add(new TeamMember(person, levels));
      }
    }
    int people = rows.size() - 1;
    return issues.isEmpty() ? new Read(people, List.of(), new TeamState(members)) : new Read(people, issues, null);
  }

  /** A cell value as a level of the column's scale; null when it is none. */
  static Integer level(String value, Column column) {
    String v = value.strip().toLowerCase(Locale.ROOT);
    if (v.equals(BELOW_BASIS) || v.equals("onder_basis") || v.equals("-1")) {
      return TeamState.BELOW_BASIS;
    }
    if (v.matches("[0-9]{1,2}")) {
      int ordinal = Integer.parseInt(v);
      return ordinal < column.levelNames().size() ? ordinal : null;
    }
    for (int i = 0; i < column.levelNames().size(); i++) {
      if (column.levelNames().get(i).strip().toLowerCase(Locale.ROOT).equals(v)) {
        return i;
      }
    }
    return null;
  }

  // ------------------------------------------------------------------ export

  /** The gap as XLSX: the people × competency matrix and the priority list, Dutch headings. */
  static byte[] gapWorkbook(TeamGap gap, List<Column> columns) {
    Map<ItemId, Column> byId = new HashMap<>();
    columns.forEach(c -> byId.put(c.competency(), c));
    try (var wb = new XSSFWorkbook()) {
      Sheet matrix = wb.createSheet("Medewerkers x competenties");
      Row header = matrix.createRow(0);
      header.createCell(0).setCellValue("Medewerker");
      for (int i = 0; i < gap.competencies().size(); i++) {
        Column c = byId.get(gap.competencies().get(i));
        header.createCell(i + 1).setCellValue(c == null ? gap.competencies().get(i).toString() : c.code() + " " + c.name());
      }
      int r = 1;
      for (PersonLabel person : gap.people()) {
        Row row = matrix.createRow(r++);
        row.createCell(0).setCellValue(person.value());
        for (int i = 0; i < gap.competencies().size(); i++) {
          HeatMapCell cell = gap.cell(person, gap.competencies().get(i));
          Column c = byId.get(cell.competency());
          String level = cell.currentLevel() == null ? "niet beoordeeld"
              : c == null ? String.valueOf(cell.currentLevel()) : c.levelName(cell.currentLevel());
          row.createCell(i + 1).setCellValue(cell.stepsBelow() > 0 ? level + " (-" + cell.stepsBelow() + ")" : level);
        }
      }
      Sheet priority = wb.createSheet("Prioriteit");
      Row h = priority.createRow(0);
      String[] headings = {"Rang", "Code", "Competentie", "Vereist niveau", "Gewicht", "Medewerkers onder niveau",
          "Beoordeeld", "Niveaustappen", "Prioriteit", "Teamgemiddelde"};
      for (int i = 0; i < headings.length; i++) {
        h.createCell(i).setCellValue(headings[i]);
      }
      r = 1;
      for (CompetencyGap g : gap.byPriority()) {
        Column c = byId.get(g.competency());
        Row row = priority.createRow(r);
        row.createCell(0).setCellValue(r);
        row.createCell(1).setCellValue(c == null ? "" : c.code());
        row.createCell(2).setCellValue(c == null ? g.competency().toString() : c.name());
        row.createCell(3).setCellValue(c == null ? String.valueOf(g.requiredLevel()) : c.levelName(g.requiredLevel()));
        row.createCell(4).setCellValue(g.weight());
        row.createCell(5).setCellValue(g.below().size());
        row.createCell(6).setCellValue(g.assessed());
        row.createCell(7).setCellValue(g.personSteps());
        row.createCell(8).setCellValue(g.priority());
        if (!Double.isNaN(g.teamAverage())) {
          row.createCell(9).setCellValue(g.teamAverage());
        }
        r++;
      }
      return bytes(wb);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The learning path as XLSX: summary, modules with participants, per person, uncovered (Dutch). */
  static byte[] learningPathWorkbook(LearningPath path, BigDecimal budget, List<Column> columns) {
    Map<ItemId, Column> byId = new HashMap<>();
    columns.forEach(c -> byId.put(c.competency(), c));
    Map<ModuleVersionId, String> titles = new HashMap<>();
    path.modules().forEach(m -> titles.put(m.id(), m.title()));
    try (var wb = new XSSFWorkbook()) {
      CellStyle money = wb.createCellStyle();
      money.setDataFormat(wb.createDataFormat().getFormat("\u20ac #,##0.00"));

      Sheet summary = wb.createSheet("Samenvatting");
      int r = 0;
      r = money(summary, r, "Totale kosten", path.totalCost(), money);
      if (budget != null) {
        r = money(summary, r, "Budget", budget, money);
      } else {
        r = text(summary, r, "Budget", "geen");
      }
      r = number(summary, r, "Niveaustappen nodig", path.stepsNeeded());
      r = number(summary, r, "Niveaustappen gesloten", path.stepsClosed());
      r = text(summary, r, "Methode", LearningPath.EXACT.equals(path.solver()) ? "exact (optimaal)" : "heuristiek (greedy)");
      SolverComparison c = path.comparison();
      if (c != null) {
        r = money(summary, r, "Kosten heuristiek", c.greedyCost(), money);
        r = money(summary, r, "Kosten exacte oplossing", c.exactCost(), money);
        Row gap = summary.createRow(r++);
        gap.createCell(0).setCellValue("Verschil heuristiek t.o.v. optimum (%)");
        gap.createCell(1).setCellValue(c.costGapPercent());
        r = text(summary, r, "Optimum bewezen", c.provenOptimal() ? "ja" : "nee");
      }
      if (!path.notCostable().isEmpty()) {
        text(summary, r, "Niet meegenomen (prijs op aanvraag)", String.valueOf(path.notCostable().size()));
      }
      summary.setColumnWidth(0, 42 * 256);

      Sheet modules = wb.createSheet("Modules");
      header(modules, "Module", "Deelnemers", "Aantal deelnemers", "Kosten", "In-company");
      r = 1;
      for (PathModule m : path.modules()) {
        Row row = modules.createRow(r++);
        row.createCell(0).setCellValue(m.title());
        row.createCell(1).setCellValue(String.join(", ", m.participants().stream().map(PersonLabel::value).toList()));
        row.createCell(2).setCellValue(m.participants().size());
        Cell cost = row.createCell(3);
        if (m.cost() != null) {
          cost.setCellValue(m.cost().doubleValue());
          cost.setCellStyle(money);
        }
        row.createCell(4).setCellValue(m.inCompany() ? "ja" : "nee");
      }

      Sheet people = wb.createSheet("Per medewerker");
      header(people, "Medewerker", "Modules");
      r = 1;
      for (PersonPlan plan : path.people()) {
        Row row = people.createRow(r++);
        row.createCell(0).setCellValue(plan.person().value());
        row.createCell(1).setCellValue(String.join("; ", plan.modules().stream().map(id -> titles.getOrDefault(id, id.toString())).toList()));
      }

      Sheet uncovered = wb.createSheet("Niet gedekt");
      header(uncovered, "Medewerker", "Code", "Competentie", "Huidig niveau", "Bereikt niveau", "Vereist niveau", "Ontbrekende stappen");
      r = 1;
      for (UncoveredGap u : path.uncovered()) {
        Column col = byId.get(u.competency());
        Row row = uncovered.createRow(r++);
        row.createCell(0).setCellValue(u.person().value());
        row.createCell(1).setCellValue(col == null ? "" : col.code());
        row.createCell(2).setCellValue(col == null ? u.competency().toString() : col.name());
        row.createCell(3).setCellValue(col == null ? String.valueOf(u.currentLevel()) : col.levelName(u.currentLevel()));
        row.createCell(4).setCellValue(col == null ? String.valueOf(u.reachedLevel()) : col.levelName(u.reachedLevel()));
        row.createCell(5).setCellValue(col == null ? String.valueOf(u.requiredLevel()) : col.levelName(u.requiredLevel()));
        row.createCell(6).setCellValue(u.stepsMissing());
      }
      return bytes(wb);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  private static void header(Sheet sheet, String... headings) {
    Row h = sheet.createRow(0);
    for (int i = 0; i < headings.length; i++) {
      h.createCell(i).setCellValue(headings[i]);
    }
  }

  private static int money(Sheet sheet, int r, String label, BigDecimal value, CellStyle style) {
    Row row = sheet.createRow(r);
    row.createCell(0).setCellValue(label);
    if (value != null) {
      Cell cell = row.createCell(1);
      cell.setCellValue(value.doubleValue());
      cell.setCellStyle(style);
    }
    return r + 1;
  }

  private static int number(Sheet sheet, int r, String label, int value) {
    Row row = sheet.createRow(r);
    row.createCell(0).setCellValue(label);
    row.createCell(1).setCellValue(value);
    return r + 1;
  }

  private static int text(Sheet sheet, int r, String label, String value) {
    Row row = sheet.createRow(r);
    row.createCell(0).setCellValue(label);
    row.createCell(1).setCellValue(value);
    return r + 1;
  }
}
