package nl.vakwijzer.accreditation.api;

/**
 * One criterion of an assessment framework version: a stable code, its group and position, the
 * Dutch title and description, guidance for auditors and whether it is knock-out (failing it
 * rules out accreditation).
 */
public record Criterion(
    String code,
    CriterionGroup group,
    int position,
    String title,
    String description,
    String guidance,
    boolean knockOut) {}
