package com.supernode.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import com.supernode.local.FunctionCatalog;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * Checks that serverless.yml, the CAM policy, the deploy guide and the code agree, without
 * building the package. The SCF loading check ({@code ScfPackageIT}) runs the functions.
 */
class DeploymentFilesTest {
  /** The actions of {@code com.supernode.tke.TkeGateway}, as CAM names them. */
  static final Set<String> TKE_ACTIONS = Set.of("tke:CreateClusterVirtualNode",
      "tke:DescribeClusterVirtualNode", "tke:DescribeClusterVirtualNodePools",
      "tke:DescribeClusterKubeconfig");
  /** The resource template of one cluster; the deploy guide fills it in. */
  static final String CLUSTER_RESOURCE = "qcs::tke:<region>:uin/<uin>:cluster/<cluster-id>";
  static final Path DEPLOY_GUIDE = Path.of("docs", "deploy.md");
  static final String ROLE = "SupernodeFunctionsRole";

  private final ServerlessYml yml = ServerlessYml.load(ServerlessYml.DEFAULT_PATH,
      EmulatorPlaceholders.values());

  @Test
  void ymlUsesMultiScfWithJava11() {
    assertEquals("multi-scf", yml.component());
    assertEquals("Java11", yml.runtime());
  }

  @Test
  void ymlUploadsPackageFolder() {
    assertEquals("./target/scf", yml.sourceDirectory());
  }

  @Test
  void ymlHandlersMatchCatalog() {
    List<String> catalog = new ArrayList<>();
    for (FunctionCatalog.Entry entry : FunctionCatalog.all()) {
      catalog.add(entry.name());
      assertEquals(entry.handler(), yml.handler(entry.name()), "handler of " + entry.name());
    }
    assertEquals(catalog, yml.functionKeys());
  }

  @Test
  void ymlTimeoutsMatchCatalogTimeLimits() {
    for (FunctionCatalog.Entry entry : FunctionCatalog.all()) {
      assertEquals(entry.timeLimitMs(), yml.timeoutSeconds(entry.name()) * 1000,
          "timeout of " + entry.name());
    }
  }

  @Test
  void ymlRoutesMatchCatalogPaths() {
    Map<String, String> routes = new HashMap<>();
    for (ServerlessYml.ApiRoute route : yml.apiRoutes()) {
      assertEquals("POST", route.method(), "method of " + route.path());
      routes.put(route.functionKey(), route.path());
    }
    Map<String, String> expected = new HashMap<>();
    for (FunctionCatalog.Entry entry : FunctionCatalog.all()) {
      entry.httpPath().ifPresent(path -> expected.put(entry.name(), path));
    }
    assertEquals(expected, routes);
  }

  @Test
  void everyRouteRequiresAppAuthentication() {
    for (ServerlessYml.ApiRoute route : yml.apiRoutes()) {
      assertEquals("APP", route.authType(), "authType of " + route.path());
    }
  }

  @Test
  void gatewayTimeoutEqualsFunctionTimeout() {
    for (ServerlessYml.ApiRoute route : yml.apiRoutes()) {
      assertEquals(yml.timeoutSeconds(route.functionKey()), route.serviceTimeoutSeconds(),
          "serviceTimeout of " + route.path());
    }
  }

  @Test
  void timersUseSevenFieldsAndDayNames() {
    assertFalse(yml.timers().isEmpty());
    for (ServerlessYml.Timer timer : yml.timers()) {
      String[] fields = timer.cronExpression().split(" ");
      assertEquals(7, fields.length, "fields of " + timer.name());
      assertFalse(fields[5].matches(".*[0-9].*"), "weekday of " + timer.name()
          + " should use day names such as MON-FRI");
    }
  }

  @Test
  void timersTargetBatchCreateAndReadiness() {
    Set<String> timed = new TreeSet<>();
    yml.timers().forEach(timer -> timed.add(timer.functionKey()));
    assertEquals(Set.of("batch-create", "readiness"), timed);
  }

  @Test
  void readinessIntervalMatchesItsTimer() {
    ServerlessYml.Timer timer = yml.timers().stream()
        .filter(candidate -> candidate.functionKey().equals("readiness")).findFirst()
        .orElseThrow();
    String[] fields = timer.cronExpression().split(" ");

    assertEquals("0", fields[0], "seconds of " + timer.name());
    assertTrue(fields[1].matches("\\*/[0-9]+"), "minutes of " + timer.name()
        + " should be */N so that the period is fixed");
    int periodSeconds = Integer.parseInt(fields[1].substring(2)) * 60;
    assertEquals(String.valueOf(periodSeconds),
        yml.environment().get("READINESS_CHECK_INTERVAL_SECONDS"));
  }

  @Test
  void allowedClustersComesFromAPlaceholder() {
    Map<String, String> placeholders = new HashMap<>(EmulatorPlaceholders.values());
    placeholders.put("SUPERNODE_ALLOWED_CLUSTERS", "value-from-placeholder");

    ServerlessYml filled = ServerlessYml.load(ServerlessYml.DEFAULT_PATH, placeholders);

    assertEquals("value-from-placeholder", filled.environment().get("ALLOWED_CLUSTERS"));
  }

  @Test
  void ymlNeverSetsTheTkeEndpoint() {
    assertFalse(yml.environment().containsKey("TKE_ENDPOINT"),
        "the deployed functions must use TKE's default endpoint");
  }

  @Test
  void deployGuideListsEveryPlaceholder() throws IOException {
    String guide = Files.readString(DEPLOY_GUIDE, StandardCharsets.UTF_8);
    for (String name : ServerlessYml.placeholderNames(ServerlessYml.DEFAULT_PATH)) {
      assertTrue(guide.contains("`" + name + "`"), "docs/deploy.md should list " + name);
    }
  }

  @Test
  void deployGuideNamesRoleAndPolicy() throws IOException {
    String guide = Files.readString(DEPLOY_GUIDE, StandardCharsets.UTF_8);
    assertTrue(guide.contains(ROLE), "docs/deploy.md should name the role");
    assertTrue(guide.contains("deploy/cam-policy.json"), "docs/deploy.md should name the policy");
    assertTrue(Files.readString(ServerlessYml.DEFAULT_PATH).contains("role: " + ROLE));
  }

  @Test
  void camPolicyAllowsOnlyGatewayActions() throws IOException {
    CamPolicyFile policy = CamPolicyFile.load();

    assertEquals(1, policy.statements().size());
    assertEquals(TKE_ACTIONS, policy.allowedActions());
  }

  @Test
  void camPolicyNamesClusters() throws IOException {
    JsonObject statement = CamPolicyFile.load().statements().get(0);

    assertEquals(Set.of(CLUSTER_RESOURCE),
        CamPolicyFile.strings(statement.getAsJsonArray("resource")));
  }
}
