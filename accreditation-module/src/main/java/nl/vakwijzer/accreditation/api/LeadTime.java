package nl.vakwijzer.accreditation.api;

/**
 * Lead time of one phase over the decided applications, in working days: the median (p50, the
 * lower middle value for an even count), the mean and the maximum; {@code count} applications
 * measured (0: median, mean and max are {@code null}).
 */
public record LeadTime(LeadTimePhase phase, int count, Integer median, Double mean, Integer max) {}
