package com.supernode.hardening;

import java.util.Objects;

/** What a function reported for one subnet: the outcome, and the node or the error. */
final class ReportedItem {
  static final String CREATED = "Created";
  static final String ALREADY_EXISTS = "AlreadyExists";
  static final String FAILED = "Failed";

  private final String subnetId;
  private final String outcome;
  private final String nodeName;
  private final String code;
  private final String requestId;
  private final String advice;

  private ReportedItem(String subnetId, String outcome, String nodeName, String code,
      String requestId, String advice) {
    this.subnetId = Objects.requireNonNull(subnetId);
    this.outcome = Objects.requireNonNull(outcome);
    this.nodeName = nodeName;
    this.code = code;
    this.requestId = requestId;
    this.advice = advice;
  }

  static ReportedItem inPlace(String subnetId, String outcome, String nodeName) {
    return new ReportedItem(subnetId, outcome, nodeName, null, null, null);
  }

  static ReportedItem failed(String subnetId, String outcome, String code, String requestId,
      String advice) {
    return new ReportedItem(subnetId, outcome, null, code, requestId, advice);
  }

  String subnetId() {
    return subnetId;
  }

  /** {@code Created}, {@code AlreadyExists}, {@code Failed} or another batch outcome. */
  String outcome() {
    return outcome;
  }

  String nodeName() {
    return nodeName;
  }

  /** The error code of a failed item; null otherwise. */
  String code() {
    return code;
  }

  /** The RequestId the function reported with the error; null for an item in place. */
  String requestId() {
    return requestId;
  }

  String advice() {
    return advice;
  }

  /** Returns the outcome with its error code, such as {@code Failed RequestLimitExceeded}. */
  String summary() {
    return code == null ? outcome : outcome + " " + code;
  }

  @Override
  public String toString() {
    return subnetId + ": " + summary() + (nodeName == null ? "" : " " + nodeName)
        + (requestId == null ? "" : " RequestId " + requestId);
  }
}
