package com.supernode.batch;

/** The outcome of batch-create for one subnet. */
public enum ItemOutcome {
  /** This invocation created the subnet's node. */
  CREATED("Created", true),
  /** The subnet already had a node of the pool, so none was created. */
  ALREADY_EXISTS("AlreadyExists", true),
  /** A dry run found no node in the subnet and the pool ready, so a run would create one. */
  WOULD_CREATE("WouldCreate", true),
  /** The subnet got no node, as far as this invocation can tell; the error has the reason. */
  FAILED("Failed", false),
  /** The time limit came before any call for the item; the reason gives the limits. */
  NOT_ATTEMPTED("NotAttempted", false);

  private final String reportName;
  private final boolean inPlace;

  ItemOutcome(String reportName, boolean inPlace) {
    this.reportName = reportName;
    this.inPlace = inPlace;
  }

  /** Returns the name used in the report's {@code Outcome} field and {@code Counts} keys. */
  public String reportName() {
    return reportName;
  }

  /** True when the outcome leaves nothing for the caller to do. */
  public boolean inPlace() {
    return inPlace;
  }
}
