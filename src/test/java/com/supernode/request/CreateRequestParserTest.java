package com.supernode.request;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.google.gson.JsonPrimitive;
import java.util.List;
import org.junit.jupiter.api.Test;

class CreateRequestParserTest {
  private final CreateRequestParser parser = new CreateRequestParser();

  private static JsonObject json(String text) {
    return JsonParser.parseString(text).getAsJsonObject();
  }

  private InvalidRequestException rejection(String text) {
    return assertThrows(InvalidRequestException.class, () -> parser.parse(json(text)));
  }

  @Test
  void parsesSingleSubnet() {
    CreateNodeRequest request = parser.parse(json(
        "{\"ClusterId\":\"cls-abcd1234\",\"NodePoolId\":\"np-abcd1234\","
            + "\"SubnetId\":\"subnet-abcd1234\"}"));

    assertEquals("cls-abcd1234", request.clusterId());
    assertEquals("np-abcd1234", request.nodePoolId());
    assertEquals(CreateNodeRequest.SubnetForm.SUBNET_ID, request.form());
    assertEquals(List.of("subnet-abcd1234"), request.subnetIds());
    assertEquals(json("{\"ClusterId\":\"cls-abcd1234\",\"NodePoolId\":\"np-abcd1234\","
        + "\"SubnetId\":\"subnet-abcd1234\"}"), request.toTkeParameters());
  }

  @Test
  void parsesVirtualNodesWithTags() {
    String text = "{\"ClusterId\":\"cls-abcd1234\",\"NodePoolId\":\"np-abcd1234\","
        + "\"VirtualNodes\":[{\"SubnetId\":\"subnet-abcd1234\",\"DisplayName\":\"az3-node\","
        + "\"Tags\":[{\"Key\":\"team\",\"Value\":\"platform\"}]}]}";

    CreateNodeRequest request = parser.parse(json(text));

    assertEquals(CreateNodeRequest.SubnetForm.VIRTUAL_NODES, request.form());
    assertEquals("az3-node", request.virtualNodes().get(0).displayName());
    assertEquals(List.of(new Tag("team", "platform")), request.virtualNodes().get(0).tags());
    assertEquals(json(text), request.toTkeParameters());
  }

  @Test
  void parsesSubnetIdsInOrder() {
    CreateNodeRequest request = parser.parse(json(
        "{\"ClusterId\":\"cls-abcd1234\",\"NodePoolId\":\"np-abcd1234\","
            + "\"SubnetIds\":[\"subnet-bbbb2222\",\"subnet-aaaa1111\"]}"));

    assertEquals(List.of("subnet-bbbb2222", "subnet-aaaa1111"), request.subnetIds());
  }

  @Test
  void rejectsMissingFieldsAllAtOnce() {
    InvalidRequestException e = rejection("{}");

    assertEquals("MissingParameter", e.code());
    assertEquals(400, e.httpStatus());
    assertEquals(List.of("ClusterId", "NodePoolId", "SubnetId"),
        e.errors().stream().map(FieldError::field).collect(java.util.stream.Collectors.toList()));
  }

  @Test
  void rejectsTwoSubnetForms() {
    InvalidRequestException e = rejection("{\"ClusterId\":\"cls-abcd1234\","
        + "\"NodePoolId\":\"np-abcd1234\",\"SubnetId\":\"subnet-abcd1234\","
        + "\"SubnetIds\":[\"subnet-abcd1235\"]}");

    assertEquals("InvalidParameter", e.code());
    assertEquals("Give exactly one of SubnetId, SubnetIds or VirtualNodes; found SubnetId and "
        + "SubnetIds.", e.errors().get(0).message());
  }

  @Test
  void rejectsUnknownFieldByName() {
    InvalidRequestException e = rejection("{\"ClusterId\":\"cls-abcd1234\","
        + "\"NodePoolId\":\"np-abcd1234\",\"SubnetId\":\"subnet-abcd1234\",\"Zone\":\"x\"}");

    assertEquals("UnknownParameter", e.code());
    assertEquals("Zone", e.errors().get(0).field());
  }

  @Test
  void rejectsIdsThatAlmostMatch() {
    String[] badClusterIds = {"cls-ABCD1234", "cls-abcd123", "cls-abcd12345", "cls_abcd1234",
        " cls-abcd1234", "cls-abcd1234\n", "np-abcd1234"};
    for (String id : badClusterIds) {
      InvalidRequestException e = rejection("{\"ClusterId\":" + new JsonPrimitive(id)
          + ",\"NodePoolId\":\"np-abcd1234\",\"SubnetId\":\"subnet-abcd1234\"}");
      assertEquals("InvalidParameterValue", e.code(), id);
      assertEquals("ClusterId", e.errors().get(0).field(), id);
    }
  }

  @Test
  void rejectsNumberWhereStringBelongs() {
    InvalidRequestException e = rejection("{\"ClusterId\":\"cls-abcd1234\","
        + "\"NodePoolId\":\"np-abcd1234\",\"SubnetId\":12345678}");

    assertEquals("SubnetId", e.errors().get(0).field());
    assertEquals("SubnetId must be a string, found a number.", e.errors().get(0).message());
  }

  @Test
  void rejectsRepeatedSubnet() {
    InvalidRequestException e = rejection("{\"ClusterId\":\"cls-abcd1234\","
        + "\"NodePoolId\":\"np-abcd1234\",\"SubnetIds\":[\"subnet-abcd1234\","
        + "\"subnet-abcd1234\"]}");

    assertEquals("SubnetIds[1]", e.errors().get(0).field());
  }

  @Test
  void rejectsTooManySubnets() {
    StringBuilder ids = new StringBuilder();
    for (int i = 0; i <= CreateRequestParser.MAX_SUBNETS; i++) {
      ids.append(i == 0 ? "" : ",").append(String.format("\"subnet-%08d\"", i));
    }
    InvalidRequestException e = rejection("{\"ClusterId\":\"cls-abcd1234\","
        + "\"NodePoolId\":\"np-abcd1234\",\"SubnetIds\":[" + ids + "]}");

    assertEquals("SubnetIds has 101 entries, more than the limit of 100.",
        e.errors().get(0).message());
  }

  @Test
  void rejectsBadVirtualNodeEntries() {
    InvalidRequestException e = rejection("{\"ClusterId\":\"cls-abcd1234\","
        + "\"NodePoolId\":\"np-abcd1234\",\"VirtualNodes\":[{\"SubnetId\":\"subnet-abcd1234\"},"
        + "{\"SubnetId\":\"subnet-abcd1235\",\"DisplayName\":\"ok\",\"Name\":\"x\"},"
        + "{\"SubnetId\":\"subnet-abcd1236\",\"DisplayName\":\"ok\",\"Tags\":[{\"Key\":\"\"}]}]}");

    List<String> fields = e.errors().stream().map(FieldError::field)
        .collect(java.util.stream.Collectors.toList());
    assertEquals(List.of("VirtualNodes[0].DisplayName", "VirtualNodes[1].Name",
        "VirtualNodes[2].Tags[0].Key", "VirtualNodes[2].Tags[0].Value"), fields);
  }

  @Test
  void rejectsControlCharacterInDisplayName() {
    InvalidRequestException e = rejection("{\"ClusterId\":\"cls-abcd1234\","
        + "\"NodePoolId\":\"np-abcd1234\",\"VirtualNodes\":[{\"SubnetId\":\"subnet-abcd1234\","
        + "\"DisplayName\":\"a\\u0000b\"}]}");

    assertEquals("VirtualNodes[0].DisplayName", e.errors().get(0).field());
  }

  @Test
  void rejectsMalformedEntryOfSubnetIds() {
    InvalidRequestException e = rejection("{\"ClusterId\":\"cls-abcd1234\","
        + "\"NodePoolId\":\"np-abcd1234\",\"SubnetIds\":[\"subnet-abcd1234\",\"subnet-BAD\"]}");

    assertEquals(400, e.httpStatus());
    assertEquals("SubnetIds[1]", e.errors().get(0).field());
  }
}
