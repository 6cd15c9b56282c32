package nl.vakwijzer.accreditation.api;

/** Life of an assessment framework version: one concept and one published version at a time. */
public enum FrameworkVersionStatus {
  CONCEPT,
  GEPUBLICEERD,
  VERVANGEN
}
