package com.supernode.kube;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class KubeconfigReaderTest {
  private static final String CA = "-----BEGIN CERTIFICATE-----\nQUJD\n-----END CERTIFICATE-----\n";

  private static String b64(String text) {
    return Base64.getEncoder().encodeToString(text.getBytes(StandardCharsets.UTF_8));
  }

  /** Returns a kubeconfig laid out as kubectl writes it, with {@code user} as the user block. */
  private static String kubeconfig(String server, String user) {
    return String.join("\n",
        "apiVersion: v1",
        "clusters:",
        "- cluster:",
        "    certificate-authority-data: " + b64(CA),
        "    server: " + server,
        "  name: cls-abcd1234",
        "contexts:",
        "- context:",
        "    cluster: cls-abcd1234",
        "    user: \"100000000001\"  # the account ID",
        "  name: cls-abcd1234-context-default",
        "current-context: cls-abcd1234-context-default",
        "kind: Config",
        "preferences: {}",
        "users:",
        "- name: \"100000000001\"",
        "  user:",
        user,
        "");
  }

  private static KubeconfigException rejection(String text) {
    return assertThrows(KubeconfigException.class, () -> KubeconfigReader.read(text));
  }

  @Test
  void readsClientCertificateUser() {
    KubeAccess access = KubeconfigReader.read(kubeconfig("https://10.0.0.8:443",
        "    client-certificate-data: " + b64("CERT") + "\n"
            + "    client-key-data: " + b64("KEY")));

    assertEquals("https://10.0.0.8:443", access.server().toString());
    assertEquals(Optional.of(CA), access.caPem());
    assertEquals(Optional.of("CERT"), access.clientCertificatePem());
    assertEquals(Optional.of("KEY"), access.clientKeyPem());
    assertEquals(Optional.empty(), access.token());
  }

  @Test
  void readsTokenUser() {
    KubeAccess access = KubeconfigReader.read(kubeconfig("https://cls-abcd1234.example:443",
        "    token: 'abc:def'"));

    assertEquals(Optional.of("abc:def"), access.token());
  }

  /** Returns a kubeconfig with lists indented under their keys, ending in {@code user}. */
  private static String indented(String... user) {
    return String.join("\n",
        "current-context: c",
        "contexts:",
        "  - name: c",
        "    context:",
        "      cluster: k",
        "      user: u",
        "clusters:",
        "  - name: k",
        "    cluster:",
        "      server: \"https://127.0.0.1:6443\"",
        "users:",
        "  - name: u",
        String.join("\n", user));
  }

  @Test
  void rejectsFlowMappingUser() {
    KubeconfigException e = rejection(indented("    user: {token: t}"));

    assertEquals("line 13 uses YAML syntax that kubeconfig files do not need ('{')",
        e.getMessage());
  }

  @Test
  void readsIndentedLists() {
    KubeAccess access = KubeconfigReader.read(indented("    user:", "      token: t"));

    assertEquals("https://127.0.0.1:6443", access.server().toString());
    assertEquals(Optional.empty(), access.caPem());
    assertEquals(Optional.of("t"), access.token());
  }

  @Test
  void readsJson() {
    String json = "{\"current-context\":\"c\",\"contexts\":[{\"name\":\"c\",\"context\":"
        + "{\"cluster\":\"k\",\"user\":\"u\"}}],\"clusters\":[{\"name\":\"k\",\"cluster\":"
        + "{\"server\":\"https://127.0.0.1:6443\",\"certificate-authority-data\":\""
        + b64(CA) + "\"}}],\"users\":[{\"name\":\"u\",\"user\":{\"token\":\"t\"}}]}";

    KubeAccess access = KubeconfigReader.read(json);

    assertEquals(Optional.of(CA), access.caPem());
    assertEquals(Optional.of("t"), access.token());
  }

  @Test
  void skipTlsVerifyFlagIsIgnored() {
    String text = kubeconfig("https://10.0.0.8", "    token: t").replace(
        "    server: https://10.0.0.8", "    server: https://10.0.0.8\n"
            + "    insecure-skip-tls-verify: true");

    assertEquals(Optional.of(CA), KubeconfigReader.read(text).caPem());
  }

  @Test
  void rejectsExecPlugin() {
    KubeconfigException e = rejection(kubeconfig("https://10.0.0.8",
        "    exec:\n      command: tke-auth"));

    assertEquals("the user authenticates with 'exec', which the function does not support; it "
        + "needs a token or inline client certificate data", e.getMessage());
  }

  @Test
  void rejectsCaFilePath() {
    String text = kubeconfig("https://10.0.0.8", "    token: t").replace(
        "    certificate-authority-data: " + b64(CA), "    certificate-authority: /etc/ca.pem");

    assertEquals("the cluster names its CA by file path; the function needs "
        + "certificate-authority-data inline", rejection(text).getMessage());
  }

  @Test
  void rejectsPlainHttpServer() {
    assertEquals("the cluster's server 'http://10.0.0.8' is not an https URL",
        rejection(kubeconfig("http://10.0.0.8", "    token: t")).getMessage());
  }

  @Test
  void rejectsUserWithoutCredentials() {
    assertEquals("the user has neither a token nor both client-certificate-data and "
        + "client-key-data", rejection(kubeconfig("https://10.0.0.8",
            "    client-certificate-data: " + b64("CERT"))).getMessage());
  }

  @Test
  void rejectsUnknownContext() {
    String text = kubeconfig("https://10.0.0.8", "    token: t")
        .replace("current-context: cls-abcd1234-context-default", "current-context: other");

    assertEquals("the kubeconfig has no context named 'other'", rejection(text).getMessage());
  }

  @Test
  void rejectsEmptyText() {
    assertEquals("the kubeconfig is empty", rejection(" \n").getMessage());
  }

  @Test
  void yamlReadsScalarsAndNesting() {
    Object parsed = BlockYaml.parse(String.join("\n",
        "# comment",
        "a: plain value # trailing comment",
        "b: 'it''s'",
        "c: \"tab\\there\"",
        "d: ~",
        "e: []",
        "f:",
        "- one",
        "- two: 2",
        "  three: 3",
        "g:",
        "  h: \"x: y\""));

    assertEquals(Map.of("a", "plain value", "b", "it's", "c", "tab\there",
        "e", List.of(), "f", List.of("one", Map.of("two", "2", "three", "3")),
        "g", Map.of("h", "x: y")), withoutNulls(parsed));
    assertEquals(true, ((Map<?, ?>) parsed).containsKey("d"));
  }

  @Test
  void yamlRejectsBlockScalar() {
    assertEquals("line 1 uses YAML syntax that kubeconfig files do not need ('|')",
        assertThrows(KubeconfigException.class, () -> BlockYaml.parse("a: |\n  text"))
            .getMessage());
  }

  @Test
  void yamlRejectsTabIndent() {
    assertEquals("line 2 is indented with a tab", assertThrows(KubeconfigException.class,
        () -> BlockYaml.parse("a:\n\tb: c")).getMessage());
  }

  @Test
  void yamlRejectsRepeatedKey() {
    assertEquals("line 2 repeats the key 'a'", assertThrows(KubeconfigException.class,
        () -> BlockYaml.parse("a: 1\na: 2")).getMessage());
  }

  @Test
  void yamlRejectsMisalignedLine() {
    assertEquals("line 3 is not aligned with the lines above it",
        assertThrows(KubeconfigException.class,
            () -> BlockYaml.parse("  a: 1\n  b: 2\nc: 3")).getMessage());
  }

  private static Object withoutNulls(Object parsed) {
    Map<Object, Object> copy = new java.util.LinkedHashMap<>((Map<?, ?>) parsed);
    copy.values().removeIf(java.util.Objects::isNull);
    return copy;
  }
}
