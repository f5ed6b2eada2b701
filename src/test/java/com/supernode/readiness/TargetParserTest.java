package com.supernode.readiness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.supernode.config.InvalidSettingException;
import com.supernode.request.FieldError;
import com.supernode.request.InvalidRequestException;
import java.util.List;
import org.junit.jupiter.api.Test;

class TargetParserTest {
  private final TargetParser parser = new TargetParser();

  private static JsonObject json(String text) {
    return JsonParser.parseString(text).getAsJsonObject();
  }

  private InvalidRequestException rejection(String request) {
    return assertThrows(InvalidRequestException.class, () -> parser.fromRequest(json(request)));
  }

  private InvalidSettingException settingRejection(String value) {
    return assertThrows(InvalidSettingException.class, () -> parser.fromSetting(value));
  }

  @Test
  void requestNamesClustersAndPools() {
    List<ClusterTarget> targets = parser.fromRequest(json("{\"Clusters\":["
        + "{\"ClusterId\":\"cls-aaaa0001\"},"
        + "{\"ClusterId\":\"cls-bbbb0002\",\"NodePoolIds\":[\"np-cccc0003\",\"np-dddd0004\"]}]}"));

    assertEquals(List.of(new ClusterTarget("cls-aaaa0001", List.of()),
        new ClusterTarget("cls-bbbb0002", List.of("np-cccc0003", "np-dddd0004"))), targets);
  }

  @Test
  void emptyRequestNamesNoCluster() {
    assertEquals(List.of(), parser.fromRequest(json("{}")));
  }

  @Test
  void requestRejectsUnknownFieldsAtEveryLevel() {
    InvalidRequestException e = rejection("{\"Cluster\":1,\"Clusters\":["
        + "{\"ClusterId\":\"cls-aaaa0001\",\"NodePoolId\":\"np-cccc0003\"}]}");

    assertEquals("UnknownParameter", e.code());
    assertEquals(List.of("Cluster", "Clusters[0].NodePoolId"),
        e.errors().stream().map(FieldError::field).collect(java.util.stream.Collectors.toList()));
  }

  @Test
  void requestRejectsMalformedIds() {
    InvalidRequestException e = rejection("{\"Clusters\":["
        + "{\"ClusterId\":\"cluster-1\",\"NodePoolIds\":[\"np-cccc0003\",\"np-BAD\"]}]}");

    assertEquals("InvalidParameterValue", e.code());
    assertEquals(new FieldError("Clusters[0].ClusterId", "Clusters[0].ClusterId 'cluster-1' is "
        + "not a valid ID. Expected cls-xxxxxxxx (cls- followed by 8 lowercase letters or "
        + "digits)."), e.errors().get(0));
    assertEquals("Clusters[0].NodePoolIds[1]", e.errors().get(1).field());
  }

  @Test
  void requestRejectsRepeatedCluster() {
    InvalidRequestException e = rejection("{\"Clusters\":[{\"ClusterId\":\"cls-aaaa0001\"},"
        + "{\"ClusterId\":\"cls-aaaa0001\"}]}");

    assertEquals(new FieldError("Clusters[1].ClusterId", "Clusters[1].ClusterId repeats "
        + "cls-aaaa0001. Name each cluster once and list its pools in NodePoolIds."),
        e.errors().get(0));
  }

  @Test
  void requestRejectsRepeatedPool() {
    InvalidRequestException e = rejection("{\"Clusters\":[{\"ClusterId\":\"cls-aaaa0001\","
        + "\"NodePoolIds\":[\"np-cccc0003\",\"np-cccc0003\"]}]}");

    assertEquals("Clusters[0].NodePoolIds[1]", e.errors().get(0).field());
  }

  @Test
  void requestRejectsEmptyAndOversizedLists() {
    InvalidRequestException empty = rejection("{\"Clusters\":[]}");
    StringBuilder many = new StringBuilder("{\"Clusters\":[");
    for (int i = 0; i <= TargetParser.MAX_CLUSTERS; i++) {
      many.append(i == 0 ? "" : ",").append(String.format("{\"ClusterId\":\"cls-%08d\"}", i));
    }
    InvalidRequestException oversized = rejection(many.append("]}").toString());

    assertEquals("Clusters is empty. List at least one entry.", empty.errors().get(0).message());
    assertEquals("Clusters has 21 entries, more than the limit of 20.",
        oversized.errors().get(0).message());
  }

  @Test
  void requestRejectsWrongTypes() {
    InvalidRequestException e = rejection("{\"Clusters\":[\"cls-aaaa0001\"]}");

    assertEquals(new FieldError("Clusters[0]", "Clusters[0] must be an object, found a string."),
        e.errors().get(0));
  }

  @Test
  void settingListsClustersAndMergesPools() {
    List<ClusterTarget> targets =
        parser.fromSetting(" cls-aaaa0001, cls-bbbb0002:np-cccc0003,,cls-bbbb0002:np-dddd0004 ");

    assertEquals(List.of(new ClusterTarget("cls-aaaa0001", List.of()),
        new ClusterTarget("cls-bbbb0002", List.of("np-cccc0003", "np-dddd0004"))), targets);
  }

  @Test
  void emptySettingNamesNoCluster() {
    assertEquals(List.of(), parser.fromSetting(""));
  }

  @Test
  void settingRejectsMalformedEntry() {
    InvalidSettingException e = settingRejection("cls-aaaa0001,cls-bbbb0002/np-cccc0003");

    assertEquals("READINESS_CLUSTERS", e.name());
    assertEquals("Setting READINESS_CLUSTERS is invalid: expected comma-separated entries of "
        + "the form cls-xxxxxxxx or cls-xxxxxxxx:np-xxxxxxxx, but 'cls-bbbb0002/np-cccc0003' is "
        + "neither, found 'cls-aaaa0001,cls-bbbb0002/np-cccc0003'. Fix it in the function's "
        + "environment variables.", e.getMessage());
  }

  @Test
  void settingRejectsMalformedPool() {
    InvalidSettingException e = settingRejection("cls-aaaa0001:pool");

    assertEquals("READINESS_CLUSTERS", e.name());
  }

  @Test
  void settingRejectsClusterBothWholeAndNarrowed() {
    InvalidSettingException whole = settingRejection("cls-aaaa0001:np-cccc0003,cls-aaaa0001");
    InvalidSettingException narrowed = settingRejection("cls-aaaa0001,cls-aaaa0001:np-cccc0003");

    assertEquals("READINESS_CLUSTERS", whole.name());
    assertEquals("READINESS_CLUSTERS", narrowed.name());
  }

  @Test
  void settingRejectsTooManyClusters() {
    StringBuilder value = new StringBuilder();
    for (int i = 0; i <= TargetParser.MAX_CLUSTERS; i++) {
      value.append(i == 0 ? "" : ",").append(String.format("cls-%08d", i));
    }

    InvalidSettingException e = settingRejection(value.toString());

    assertEquals("READINESS_CLUSTERS", e.name());
  }
}
