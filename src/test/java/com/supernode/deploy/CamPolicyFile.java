package com.supernode.deploy;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/** The CAM policy shipped for the execution role, deploy/cam-policy.json. */
final class CamPolicyFile {
  static final Path PATH = Path.of("deploy", "cam-policy.json");

  private final List<JsonObject> statements = new ArrayList<>();

  private CamPolicyFile(JsonObject policy) {
    for (JsonElement statement : policy.getAsJsonArray("statement")) {
      statements.add(statement.getAsJsonObject());
    }
  }

  static CamPolicyFile load() throws IOException {
    return new CamPolicyFile(JsonParser.parseString(
        Files.readString(PATH, StandardCharsets.UTF_8)).getAsJsonObject());
  }

  List<JsonObject> statements() {
    return statements;
  }

  /** Returns the actions that the policy allows, such as {@code tke:DescribeClusterVirtualNode}. */
  Set<String> allowedActions() {
    Set<String> actions = new TreeSet<>();
    for (JsonObject statement : statements) {
      if ("allow".equals(statement.get("effect").getAsString())) {
        actions.addAll(strings(statement.getAsJsonArray("action")));
      }
    }
    return actions;
  }

  static Set<String> strings(JsonArray array) {
    Set<String> values = new TreeSet<>();
    for (JsonElement element : array) {
      values.add(element.getAsString());
    }
    return values;
  }
}
