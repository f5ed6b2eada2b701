package com.supernode.request;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class InvalidRequestExceptionTest {
  private static String summary(FieldError... errors) {
    return new InvalidRequestException("InvalidParameterValue", 400, List.of(errors))
        .getMessage();
  }

  @Test
  void summaryDoesNotRepeatNamedField() {
    assertEquals("ClusterId must be a string, found a number.",
        summary(new FieldError("ClusterId", "ClusterId must be a string, found a number.")));
  }

  @Test
  void summaryNamesFieldMessageLacks() {
    assertEquals("path: This function has no API Gateway trigger.",
        summary(new FieldError("path", "This function has no API Gateway trigger.")));
  }

  @Test
  void summaryNamesFullPathOfNestedField() {
    assertEquals("Items[0].Foo: Unknown field 'Foo'.",
        summary(new FieldError("Items[0].Foo", "Unknown field 'Foo'.")));
  }

  @Test
  void summaryTreatsLongerPathAsOtherField() {
    assertEquals("ClusterId: Items[0].ClusterId is missing.",
        summary(new FieldError("ClusterId", "Items[0].ClusterId is missing.")));
    assertEquals("Items: Items[2] repeats a subnet.",
        summary(new FieldError("Items", "Items[2] repeats a subnet.")));
  }

  @Test
  void summaryCountsOneMoreProblem() {
    assertEquals("ClusterId is missing. Errors lists 1 more problem.",
        summary(new FieldError("ClusterId", "ClusterId is missing."),
            new FieldError("SubnetId", "SubnetId is missing.")));
  }

  @Test
  void summaryCountsSeveralMoreProblems() {
    assertEquals("ClusterId is missing. Errors lists 2 more problems.",
        summary(new FieldError("ClusterId", "ClusterId is missing."),
            new FieldError("NodePoolId", "NodePoolId is missing."),
            new FieldError("SubnetId", "SubnetId is missing.")));
  }

  @Test
  void summaryEndsFirstSentenceBeforeCount() {
    assertEquals("ClusterId is missing. Errors lists 1 more problem.",
        summary(new FieldError("ClusterId", "ClusterId is missing"),
            new FieldError("SubnetId", "SubnetId is missing.")));
  }

  @Test
  void summaryOfNoErrorsIsGeneric() {
    assertEquals("The request is invalid.", summary());
  }
}
