package com.supernode.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.supernode.request.FieldError;
import com.supernode.request.InvalidRequestException;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class BatchRequestParserTest {
  private final BatchRequestParser parser = new BatchRequestParser();

  private static JsonObject json(String text) {
    return JsonParser.parseString(text.replace('\'', '"')).getAsJsonObject();
  }

  private BatchRequest parse(String text) {
    return parser.parse(json(text));
  }

  private InvalidRequestException rejection(String text) {
    return assertThrows(InvalidRequestException.class, () -> parse(text));
  }

  private static List<String> fields(InvalidRequestException e) {
    return e.errors().stream().map(FieldError::field).collect(Collectors.toList());
  }

  private static List<String> subnets(BatchRequest request) {
    return request.items().stream().map(BatchItem::subnetId).collect(Collectors.toList());
  }

  @Test
  void subnetIdsBecomeOneItemEach() {
    BatchRequest request = parse("{'ClusterId':'cls-abcd1234','NodePoolId':'np-abcd1234',"
        + "'SubnetIds':['subnet-aaaa1111','subnet-bbbb2222']}");

    assertEquals(List.of("subnet-aaaa1111", "subnet-bbbb2222"), subnets(request));
    assertEquals("SubnetIds[1]", request.items().get(1).field());
    assertEquals(new PoolKey("cls-abcd1234", "np-abcd1234"), request.items().get(1).pool());
    assertEquals(1, request.items().get(1).index());
    assertFalse(request.dryRun());
  }

  @Test
  void virtualNodesKeepDisplayNameAndTags() {
    BatchRequest request = parse("{'ClusterId':'cls-abcd1234','NodePoolId':'np-abcd1234',"
        + "'VirtualNodes':[{'SubnetId':'subnet-aaaa1111','DisplayName':'az3',"
        + "'Tags':[{'Key':'team','Value':'platform'}]}]}");

    BatchItem item = request.items().get(0);
    assertEquals("az3", item.spec().get().displayName());
    assertEquals(json("{'ClusterId':'cls-abcd1234','NodePoolId':'np-abcd1234',"
        + "'VirtualNodes':[{'SubnetId':'subnet-aaaa1111','DisplayName':'az3',"
        + "'Tags':[{'Key':'team','Value':'platform'}]}]}"),
        item.createRequest().toTkeParameters());
  }

  @Test
  void subnetItemCreatesWithSingleSubnetId() {
    BatchRequest request = parse("{'ClusterId':'cls-abcd1234','NodePoolId':'np-abcd1234',"
        + "'SubnetIds':['subnet-aaaa1111','subnet-bbbb2222']}");

    assertEquals(json("{'ClusterId':'cls-abcd1234','NodePoolId':'np-abcd1234',"
        + "'SubnetId':'subnet-bbbb2222'}"), request.items().get(1).createRequest()
        .toTkeParameters());
  }

  @Test
  void itemsFollowTopLevelInOrder() {
    BatchRequest request = parse("{'ClusterId':'cls-abcd1234','NodePoolId':'np-abcd1234',"
        + "'SubnetId':'subnet-aaaa1111','Items':["
        + "{'ClusterId':'cls-efgh5678','NodePoolId':'np-efgh5678','SubnetIds':['subnet-cccc3333']},"
        + "{'ClusterId':'cls-abcd1234','NodePoolId':'np-other001','SubnetId':'subnet-aaaa1111'}"
        + "]}");

    assertEquals(List.of("subnet-aaaa1111", "subnet-cccc3333", "subnet-aaaa1111"),
        subnets(request));
    assertEquals("Items[0].SubnetIds[0]", request.items().get(1).field());
    assertEquals("Items[1].", request.items().get(2).fieldPrefix());
    assertEquals(new PoolKey("cls-efgh5678", "np-efgh5678"), request.items().get(1).pool());
  }

  @Test
  void itemsAloneNeedNoTopLevelPool() {
    BatchRequest request = parse("{'Items':[{'ClusterId':'cls-abcd1234',"
        + "'NodePoolId':'np-abcd1234','SubnetId':'subnet-aaaa1111'}]}");

    assertEquals(List.of("subnet-aaaa1111"), subnets(request));
  }

  @Test
  void dryRunIsRead() {
    BatchRequest request = parse("{'ClusterId':'cls-abcd1234','NodePoolId':'np-abcd1234',"
        + "'SubnetId':'subnet-aaaa1111','DryRun':true}");

    assertTrue(request.dryRun());
  }

  @Test
  void everyBadItemIsNamed() {
    InvalidRequestException e = rejection("{'ClusterId':'cls-abcd1234',"
        + "'NodePoolId':'np-abcd1234','SubnetIds':['subnet-aaaa1111','subnet-BAD'],"
        + "'Items':[{'ClusterId':'cls-efgh5678','NodePoolId':'np-efgh5678',"
        + "'SubnetIds':['subnet-cccc3333']},{'ClusterId':'cls-nope','SubnetId':'subnet-dddd4444'},"
        + "'text']}");

    assertEquals(400, e.httpStatus());
    assertEquals(List.of("SubnetIds[1]", "Items[1].ClusterId", "Items[1].NodePoolId",
        "Items[2]"), fields(e));
  }

  @Test
  void subnetRepeatedAcrossItemsIsRejected() {
    InvalidRequestException e = rejection("{'ClusterId':'cls-abcd1234',"
        + "'NodePoolId':'np-abcd1234','SubnetId':'subnet-aaaa1111','Items':["
        + "{'ClusterId':'cls-abcd1234','NodePoolId':'np-abcd1234','SubnetIds':['subnet-aaaa1111']}"
        + "]}");

    assertEquals(List.of("Items[0].SubnetIds[0]"), fields(e));
    assertEquals("Items[0].SubnetIds[0] repeats subnet subnet-aaaa1111 of pool np-abcd1234 of "
        + "cls-abcd1234, already listed at SubnetId. A subnet holds at most one virtual node "
        + "of a pool, so list it once.", e.errors().get(0).message());
  }

  @Test
  void batchAboveBoundIsRejected() {
    String subnets = IntStream.range(0, 60)
        .mapToObj(i -> String.format("'subnet-a%07d'", i)).collect(Collectors.joining(","));
    String otherSubnets = IntStream.range(0, 60)
        .mapToObj(i -> String.format("'subnet-b%07d'", i)).collect(Collectors.joining(","));

    InvalidRequestException e = rejection("{'ClusterId':'cls-abcd1234',"
        + "'NodePoolId':'np-abcd1234','SubnetIds':[" + subnets + "],'Items':[{"
        + "'ClusterId':'cls-abcd1234','NodePoolId':'np-abcd1234','SubnetIds':[" + otherSubnets
        + "]}]}");

    assertEquals(List.of("Items"), fields(e));
    assertEquals("The batch lists 120 subnets, more than the limit of 100. Split it into "
        + "several batches.", e.errors().get(0).message());
  }

  @Test
  void unknownTopLevelFieldIsRejected() {
    InvalidRequestException e = rejection("{'ClusterId':'cls-abcd1234',"
        + "'NodePoolId':'np-abcd1234','SubnetId':'subnet-aaaa1111','Dryrun':true}");

    assertEquals("UnknownParameter", e.code());
    assertEquals(List.of("Dryrun"), fields(e));
  }

  @Test
  void nonBooleanDryRunIsRejected() {
    InvalidRequestException e = rejection("{'ClusterId':'cls-abcd1234',"
        + "'NodePoolId':'np-abcd1234','SubnetId':'subnet-aaaa1111','DryRun':'yes'}");

    assertEquals(List.of("DryRun"), fields(e));
  }

  @Test
  void emptyRequestNamesMissingFields() {
    InvalidRequestException e = rejection("{}");

    assertEquals("MissingParameter", e.code());
    assertEquals(List.of("ClusterId", "NodePoolId", "SubnetId"), fields(e));
  }

  @Test
  void emptyItemsIsRejected() {
    InvalidRequestException e = rejection("{'Items':[]}");

    assertEquals(List.of("Items"), fields(e));
  }
}
