package com.supernode.deploy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * The parts of the multi-scf {@code serverless.yml} that decide how SCF loads and triggers the
 * functions: handlers, limits, environment, API routes and timers.
 *
 * <p>{@code ${env:NAME}} placeholders are replaced from a map, as the Serverless Framework
 * replaces them from the environment; a placeholder missing from the map is an error.
 */
public final class ServerlessYml {
  /** The repository's serverless.yml, relative to the Maven project directory. */
  public static final Path DEFAULT_PATH = Path.of("serverless.yml");

  private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{env:([A-Za-z0-9_]+)\\}");

  private final Map<String, Object> root;
  private final Map<String, Object> inputs;
  private final Map<String, String> placeholders;

  private ServerlessYml(Map<String, Object> root, Map<String, String> placeholders) {
    this.root = root;
    this.inputs = map(root.get("inputs"), "inputs");
    this.placeholders = placeholders;
  }

  /** Reads {@code file} and replaces its placeholders from {@code placeholders}. */
  public static ServerlessYml load(Path file, Map<String, String> placeholders) {
    String text;
    try {
      text = Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + file.toAbsolutePath(), e);
    }
    Object root = new Yaml(new SafeConstructor(new LoaderOptions())).load(text);
    return new ServerlessYml(map(root, file.toString()), placeholders);
  }

  /** Returns the names of every {@code ${env:NAME}} placeholder in {@code file}. */
  public static List<String> placeholderNames(Path file) throws IOException {
    Matcher matcher = PLACEHOLDER.matcher(Files.readString(file, StandardCharsets.UTF_8));
    List<String> names = new ArrayList<>();
    while (matcher.find()) {
      if (!names.contains(matcher.group(1))) {
        names.add(matcher.group(1));
      }
    }
    return names;
  }

  public String component() {
    return text(root.get("component"), "component");
  }

  public String runtime() {
    return text(inputs.get("runtime"), "inputs.runtime");
  }

  public String sourceDirectory() {
    return text(map(inputs.get("src"), "inputs.src").get("src"), "inputs.src.src");
  }

  /** Returns the function keys in file order. */
  public List<String> functionKeys() {
    return new ArrayList<>(functions().keySet());
  }

  /** Returns the handler string of function {@code key}. */
  public String handler(String key) {
    return text(function(key).get("handler"), "functions." + key + ".handler");
  }

  /** Returns the function's timeout in seconds. */
  public int timeoutSeconds(String key) {
    return number(function(key).get("timeout"), "functions." + key + ".timeout");
  }

  /** Returns the function's memory in MB, its own or the shared one. */
  public int memoryMb(String key) {
    Object own = function(key).get("memorySize");
    return number(own != null ? own : inputs.get("memorySize"), "memorySize of " + key);
  }

  /** Returns the environment variables every function gets, placeholders replaced. */
  public Map<String, String> environment() {
    Map<String, String> variables = new LinkedHashMap<>();
    for (Object entry : list(inputs.get("environments"), "inputs.environments")) {
      Map<String, Object> pair = map(entry, "inputs.environments[]");
      variables.put(text(pair.get("key"), "environments[].key"),
          text(pair.get("value"), "environments[].value"));
    }
    return variables;
  }

  /** Returns the API Gateway routes of all apigw triggers. */
  public List<ApiRoute> apiRoutes() {
    List<ApiRoute> routes = new ArrayList<>();
    for (Map<String, Object> trigger : triggers("apigw")) {
      Map<String, Object> parameters = map(trigger.get("parameters"), "apigw parameters");
      for (Object api : list(parameters.get("apis"), "apigw parameters.apis")) {
        Map<String, Object> fields = map(api, "apis[]");
        routes.add(new ApiRoute(text(fields.get("function"), "apis[].function"),
            text(fields.get("method"), "apis[].method"), text(fields.get("path"), "apis[].path"),
            text(fields.get("authType"), "apis[].authType"),
            number(fields.get("serviceTimeout"), "apis[].serviceTimeout")));
      }
    }
    return routes;
  }

  /** Returns the timer triggers, placeholders in their arguments replaced. */
  public List<Timer> timers() {
    List<Timer> timers = new ArrayList<>();
    for (Map<String, Object> trigger : triggers("timer")) {
      Map<String, Object> parameters = map(trigger.get("parameters"), "timer parameters");
      timers.add(new Timer(text(trigger.get("function"), "timer function"),
          text(parameters.get("name"), "timer name"),
          text(parameters.get("cronExpression"), "timer cronExpression"),
          text(parameters.get("argument"), "timer argument")));
    }
    return timers;
  }

  private List<Map<String, Object>> triggers(String type) {
    List<Map<String, Object>> matching = new ArrayList<>();
    for (Object trigger : list(inputs.get("triggers"), "inputs.triggers")) {
      Map<String, Object> fields = map(trigger, "triggers[]");
      if (type.equals(fields.get("type"))) {
        matching.add(fields);
      }
    }
    return matching;
  }

  private Map<String, Object> functions() {
    return map(inputs.get("functions"), "inputs.functions");
  }

  private Map<String, Object> function(String key) {
    Object function = functions().get(key);
    if (function == null) {
      throw new IllegalArgumentException("serverless.yml has no function " + key + ".");
    }
    return map(function, "functions." + key);
  }

  private String text(Object value, String where) {
    if (!(value instanceof String)) {
      throw new IllegalArgumentException("serverless.yml: " + where + " should be a string, "
          + "found " + value + ".");
    }
    return replacePlaceholders((String) value, where);
  }

  private String replacePlaceholders(String value, String where) {
    Matcher matcher = PLACEHOLDER.matcher(value);
    StringBuilder replaced = new StringBuilder();
    while (matcher.find()) {
      String name = matcher.group(1);
      String substitute = placeholders.get(name);
      if (substitute == null) {
        throw new IllegalArgumentException("serverless.yml: " + where + " uses ${env:" + name
            + "}, which has no test value.");
      }
      matcher.appendReplacement(replaced, Matcher.quoteReplacement(substitute));
    }
    matcher.appendTail(replaced);
    return replaced.toString();
  }

  private static int number(Object value, String where) {
    if (!(value instanceof Integer)) {
      throw new IllegalArgumentException("serverless.yml: " + where + " should be a whole "
          + "number, found " + value + ".");
    }
    return (Integer) value;
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> map(Object value, String where) {
    if (!(value instanceof Map)) {
      throw new IllegalArgumentException("serverless.yml: " + where + " should be a mapping, "
          + "found " + value + ".");
    }
    return (Map<String, Object>) value;
  }

  private static List<?> list(Object value, String where) {
    if (!(value instanceof List)) {
      throw new IllegalArgumentException("serverless.yml: " + where + " should be a list, "
          + "found " + value + ".");
    }
    return (List<?>) value;
  }

  /** One POST route of the API Gateway service. */
  public static final class ApiRoute {
    private final String functionKey;
    private final String method;
    private final String path;
    private final String authType;
    private final int serviceTimeoutSeconds;

    ApiRoute(String functionKey, String method, String path, String authType,
        int serviceTimeoutSeconds) {
      this.functionKey = functionKey;
      this.method = method;
      this.path = path;
      this.authType = authType;
      this.serviceTimeoutSeconds = serviceTimeoutSeconds;
    }

    public String functionKey() {
      return functionKey;
    }

    public String method() {
      return method;
    }

    public String path() {
      return path;
    }

    public String authType() {
      return authType;
    }

    public int serviceTimeoutSeconds() {
      return serviceTimeoutSeconds;
    }
  }

  /** One timer trigger; its argument reaches the function as the event's Message. */
  public static final class Timer {
    private final String functionKey;
    private final String name;
    private final String cronExpression;
    private final String argument;

    Timer(String functionKey, String name, String cronExpression, String argument) {
      this.functionKey = functionKey;
      this.name = name;
      this.cronExpression = cronExpression;
      this.argument = argument;
    }

    public String functionKey() {
      return functionKey;
    }

    public String name() {
      return name;
    }

    public String cronExpression() {
      return cronExpression;
    }

    public String argument() {
      return argument;
    }
  }
}
