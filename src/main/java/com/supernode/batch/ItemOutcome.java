package com.supernode.batch;

/** What batch-create did for one subnet. */
public enum ItemOutcome {
  /** This invocation created the subnet's node. */
  CREATED("Created", true),
  /** The subnet already had a node of the pool, so none was created. */
  ALREADY_EXISTS("AlreadyExists", true),
  /** A dry run found no node in the subnet and the pool ready, so a run would create one. */
  WOULD_CREATE("WouldCreate", true),
  /** The subnet has no node that this invocation knows of; the item's error says why. */
  FAILED("Failed", false),
  /** The time limit came before any call for the item; send it again. */
  NOT_ATTEMPTED("NotAttempted", false);

  private final String reportName;
  private final boolean inPlace;

  ItemOutcome(String reportName, boolean inPlace) {
    this.reportName = reportName;
    this.inPlace = inPlace;
  }

  /** The name in the report's {@code Outcome} field and {@code Counts} keys. */
  public String reportName() {
    return reportName;
  }

  /** True when the outcome leaves nothing for the caller to do. */
  public boolean inPlace() {
    return inPlace;
  }
}
