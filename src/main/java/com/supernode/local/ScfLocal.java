package com.supernode.local;

import com.supernode.emulator.EmulatorMain;
import com.supernode.emulator.EmulatorWorld;
import com.supernode.emulator.TkeEmulator;
import com.supernode.function.ClusterAllowlist;
import com.supernode.tke.CredentialSource;
import com.supernode.tke.TkeSettings;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;

/**
 * The {@code scf-local} command: runs the functions on this machine as SCF would, against the
 * embedded TKE emulator unless {@code --real} is given.
 *
 * <p>The function's own output (its JSON log lines, which SCF would ship to CLS) goes to
 * stderr, so stdout carries only the return value of {@code invoke}.
 */
public final class ScfLocal {
  static final String USAGE = String.join("\n",
      "usage: scf-local invoke FUNCTION EVENT_FILE [--world FILE] [--real]",
      "       scf-local serve [PORT] [--world FILE] [--real]",
      "       scf-local emulator [PORT] [--world FILE]",
      "",
      "FUNCTION is create, batch-create or readiness. The functions call an embedded TKE",
      "emulator whose initial state comes from --world (default: the shipped world).",
      "--real calls real TKE instead; it needs TENCENTCLOUD_SECRETID, TENCENTCLOUD_SECRETKEY",
      "(and TENCENTCLOUD_SESSIONTOKEN for temporary keys) and TKE_REGION in the environment.",
      "serve listens on 127.0.0.1:PORT (default 9000): POST /virtual-nodes,",
      "POST /virtual-nodes/batch, and POST /functions/FUNCTION/invocations with a raw event.");

  private ScfLocal() {}

  public static void main(String[] args) throws Exception {
    PrintStream stdout = System.out;
    // Everything the functions print is their log; only invoke's result goes to stdout.
    System.setOut(System.err);
    int status;
    try {
      status = run(parse(args), stdout);
    } catch (UsageException e) {
      System.err.println("scf-local: " + e.getMessage());
      System.err.println(USAGE);
      status = 2;
    }
    stdout.flush();
    System.exit(status);
  }

  private static int run(Options options, PrintStream stdout) throws Exception {
    switch (options.command) {
      case "emulator":
        List<String> emulatorArgs = new ArrayList<>();
        if (options.worldFile != null) {
          emulatorArgs.add("--world");
          emulatorArgs.add(options.worldFile.toString());
        }
        emulatorArgs.add("--port");
        emulatorArgs.add(String.valueOf(options.port(0)));
        System.setOut(stdout);
        EmulatorMain.main(emulatorArgs.toArray(new String[0]));
        return 0;
      case "invoke":
        return invoke(options, stdout);
      case "serve":
        return serve(options);
      default:
        throw new UsageException("unknown command '" + options.command + "'");
    }
  }

  private static int invoke(Options options, PrintStream stdout) throws Exception {
    FunctionCatalog.Entry entry = FunctionCatalog.find(options.function).orElseThrow(
        () -> new UsageException("unknown function '" + options.function + "'"));
    String event;
    try {
      event = Files.readString(options.eventFile, StandardCharsets.UTF_8);
    } catch (NoSuchFileException e) {
      throw new UsageException("event file " + options.eventFile + " does not exist");
    }
    try (TkeEmulator emulator = startBackend(options)) {
      ScfInvoker invoker = ScfInvoker.load(entry.handler(), ScfLocal.class.getClassLoader());
      String result = invoker.invoke(event, new LocalContext(entry.timeLimitMs(), 512));
      stdout.println(result);
    }
    return 0;
  }

  private static int serve(Options options) throws Exception {
    try (TkeEmulator emulator = startBackend(options);
        LocalApiGateway gateway = LocalApiGateway.start(options.port(9000), System.err)) {
      System.err.println("scf-local: serving on http://127.0.0.1:" + gateway.port()
          + (emulator == null ? " against real TKE" : " against the emulator at "
          + emulator.endpoint()) + "; stop with Ctrl-C");
      new CountDownLatch(1).await();
    }
    return 0;
  }

  /**
   * Starts the emulator and points the functions' settings at it, or checks that real TKE
   * was configured; returns null for real TKE.
   */
  private static TkeEmulator startBackend(Options options) throws IOException {
    if (options.real) {
      requireEnvironment(CredentialSource.SECRET_ID);
      requireEnvironment(CredentialSource.SECRET_KEY);
      requireEnvironment(TkeSettings.REGION);
      System.err.println("scf-local: calling real TKE in region "
          + System.getenv(TkeSettings.REGION));
      return null;
    }
    EmulatorWorld world = options.worldFile == null
        ? EmulatorWorld.defaultWorld() : EmulatorWorld.load(options.worldFile);
    TkeEmulator emulator = TkeEmulator.start(world);
    // SCF passes role keys as system properties, so the handlers read them from there too.
    System.setProperty(TkeSettings.ENDPOINT, emulator.endpoint());
    System.setProperty(TkeSettings.REGION, world.region());
    System.setProperty(CredentialSource.SECRET_ID, emulator.secretId());
    System.setProperty(CredentialSource.SECRET_KEY, emulator.secretKey());
    if (System.getenv(ClusterAllowlist.SETTING) == null) {
      // The emulator's clusters are all fake, so the local run may act on any of them.
      System.setProperty(ClusterAllowlist.SETTING, "*");
    }
    return emulator;
  }

  private static void requireEnvironment(String name) {
    String value = System.getenv(name);
    if (value == null || value.isBlank()) {
      throw new UsageException("--real needs " + name + " in the environment");
    }
  }

  private static Options parse(String[] args) {
    Options options = new Options();
    List<String> positional = new ArrayList<>();
    for (int i = 0; i < args.length; i++) {
      if (args[i].equals("--real")) {
        options.real = true;
      } else if (args[i].equals("--world") && i + 1 < args.length) {
        options.worldFile = Path.of(args[++i]);
      } else if (args[i].startsWith("--")) {
        throw new UsageException("unknown option '" + args[i] + "'");
      } else {
        positional.add(args[i]);
      }
    }
    if (positional.isEmpty()) {
      throw new UsageException("a command is required");
    }
    options.command = positional.get(0);
    if (options.command.equals("invoke")) {
      if (positional.size() != 3) {
        throw new UsageException("invoke takes FUNCTION EVENT_FILE");
      }
      options.function = positional.get(1);
      options.eventFile = Path.of(positional.get(2));
    } else if (positional.size() == 2) {
      options.portText = positional.get(1);
    } else if (positional.size() > 2) {
      throw new UsageException("too many arguments");
    }
    if (options.real && options.command.equals("emulator")) {
      throw new UsageException("--real does not apply to the emulator");
    }
    return options;
  }

  private static final class Options {
    String command;
    String function;
    Path eventFile;
    Path worldFile;
    String portText;
    boolean real;

    int port(int fallback) {
      if (portText == null) {
        return fallback;
      }
      try {
        int port = Integer.parseInt(portText);
        if (port < 0 || port > 65535) {
          throw new NumberFormatException();
        }
        return port;
      } catch (NumberFormatException e) {
        throw new UsageException("PORT must be a number from 0 to 65535, found '" + portText
            + "'");
      }
    }
  }

  private static final class UsageException extends RuntimeException {
    UsageException(String message) {
      super(message);
    }
  }
}
