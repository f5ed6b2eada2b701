package com.supernode.tke;

/** TKE's response to a successful {@code CreateClusterVirtualNode}. */
public final class CreatedNode {
  private final String nodeName;
  private final String requestId;

  public CreatedNode(String nodeName, String requestId) {
    this.nodeName = nodeName;
    this.requestId = requestId;
  }

  /** The new node's name, such as {@code eklet-subnet-xxxxxxxx-0}. */
  public String nodeName() {
    return nodeName;
  }

  public String requestId() {
    return requestId;
  }
}
